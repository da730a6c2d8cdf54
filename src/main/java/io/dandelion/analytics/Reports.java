package io.dandelion.analytics;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports over any period and unit subtree, read from the hourly roll-ups. Every query is cut down to
 * the units where the caller may read reports and, for agency staff, to their contract's languages and
 * platforms; a unit the caller cannot see at all reads as unknown.
 */
@Component
public class Reports {

	private final JdbcClient jdbc;
	private final Units units;
	// the channels module may be absent (e.g. in a partial deployment): channels then show their ids
	private final ObjectProvider<Channels> channels;

	Reports(JdbcClient jdbc, Units units, ObjectProvider<Channels> channels) {
		this.jdbc = jdbc;
		this.units = units;
		this.channels = channels;
	}

	/** Messages in and out per value of {@code by}: by time in time order, otherwise the busiest first. */
	public List<VolumeRow> volumes(AccessScope scope, ReportQuery query, Dimension by) {
		var where = ReportScope.of(scope, query, readableUnits(scope, query));
		List<VolumeRow> rows = jdbc.sql("select " + by.column() + """
				, coalesce(sum(messages) filter (where direction = 'INBOUND'), 0),
				  coalesce(sum(messages) filter (where direction = 'OUTBOUND'), 0)
				from analytics_volume""" + where.sql() + " group by 1 having sum(messages) <> 0")
			.params(where.params())
			.query((rs, n) -> new VolumeRow(rs.getString(1), label(by, rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
		return sorted(rows, by, Comparator.comparingLong(VolumeRow::total).reversed(), VolumeRow::key);
	}

	/** Mean, median and 90th percentile of {@code metric} per value of {@code by}, in seconds. */
	public List<DurationRow> durations(AccessScope scope, ReportQuery query, Metric metric, Dimension by) {
		if (!by.forDurations()) {
			throw new IllegalArgumentException(
					"durations are kept per conversation and cannot be broken down by " + by.name().toLowerCase());
		}
		var where = ReportScope.of(scope, query, readableUnits(scope, query));
		Map<String, Histogram> histograms = new LinkedHashMap<>();
		jdbc.sql("select " + by.column() + ", bin, sum(samples), sum(total_seconds) from analytics_duration"
				+ where.sql() + " and metric = ? group by 1, 2")
			.params(where.params(metric.name()))
			.query(rs -> {
				histograms.computeIfAbsent(rs.getString(1), k -> new Histogram())
					.add(rs.getInt(2), rs.getLong(3), rs.getDouble(4));
			});
		List<DurationRow> rows = new ArrayList<>();
		histograms.forEach((key, h) -> rows.add(h.row(key, label(by, key))));
		return sorted(rows, by, Comparator.comparingLong(DurationRow::samples).reversed(), DurationRow::key);
	}

	private Set<UnitId> readableUnits(AccessScope scope, ReportQuery query) {
		Set<UnitId> readable = scope.units(Permission.ANALYTICS_READ);
		UnitId unit = query.unit();
		if (unit == null) {
			if (readable.isEmpty()) {
				throw new NotAllowedException("reading reports needs the ANALYTICS_READ permission on some unit");
			}
			return readable;
		}
		if (!readable.contains(unit)) {
			if (Arrays.stream(Permission.values()).anyMatch(p -> scope.can(p, unit))) {
				throw new NotAllowedException("your roles do not include reading reports of this unit");
			}
			throw new UnknownUnitException("no unit " + unit);
		}
		Set<UnitId> subtree = new HashSet<>(units.subtreeIds(unit));
		subtree.add(unit);
		subtree.retainAll(readable);
		return subtree;
	}

	private String label(Dimension by, String key) {
		return switch (by) {
			case UNIT -> units.find(UnitId.of(key)).map(UnitSummary::name).orElse(key);
			case CHANNEL -> {
				Channels found = channels.getIfAvailable();
				yield found == null ? key
						: found.find(new ChannelId(UUID.fromString(key))).map(c -> c.platform() + " " + c.handle()).orElse(key);
			}
			default -> key;
		};
	}

	private static <T> List<T> sorted(List<T> rows, Dimension by, Comparator<T> busiestFirst,
			java.util.function.Function<T, String> key) {
		var list = new ArrayList<>(rows);
		list.sort(by.isTime() ? Comparator.comparing(key) : busiestFirst.thenComparing(key));
		return List.copyOf(list);
	}

	/** The unit is not one the caller can see (HTTP 404: unknown and invisible read alike). */
	public static class UnknownUnitException extends RuntimeException {

		UnknownUnitException(String message) {
			super(message);
		}
	}

	/** The caller sees the unit but their roles do not include reading its reports (HTTP 403). */
	public static class NotAllowedException extends RuntimeException {

		NotAllowedException(String message) {
			super(message);
		}
	}

	/** Samples per bin of one report row. */
	private static final class Histogram {

		private final long[] samples = new long[DurationBins.COUNT];
		private final double[] seconds = new double[DurationBins.COUNT];

		void add(int bin, long count, double total) {
			samples[bin] += count;
			seconds[bin] += total;
		}

		DurationRow row(String key, String label) {
			long n = Arrays.stream(samples).sum();
			Double mean = n == 0 ? null : Arrays.stream(seconds).sum() / n;
			return new DurationRow(key, label, n, mean, DurationBins.quantile(samples, seconds, 50),
					DurationBins.quantile(samples, seconds, 90));
		}
	}
}
