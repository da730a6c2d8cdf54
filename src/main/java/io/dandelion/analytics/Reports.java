package io.dandelion.analytics;

import io.dandelion.analytics.Dimension.Source;
import io.dandelion.organisation.AccessScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	private final ReportAccess access;

	Reports(JdbcClient jdbc, ReportAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** Messages in and out per value of {@code by}: by time in time order, otherwise the busiest first. */
	public List<VolumeRow> volumes(AccessScope scope, ReportQuery query, Dimension by) {
		by.requireFor(Source.VOLUME, "volumes");
		var where = ReportScope.of(scope, query, access.readableUnits(scope, query.unit()));
		List<Object> params = new ArrayList<>();
		String from = (by.isWork() ? RollUpRows.WORK_VOLUME : RollUpRows.VOLUME).from(query, by, params);
		params.addAll(where.params());
		List<VolumeRow> rows = jdbc.sql("select " + by.column() + """
				, coalesce(sum(messages) filter (where direction = 'INBOUND'), 0),
				  coalesce(sum(messages) filter (where direction = 'OUTBOUND'), 0)
				from\s""" + from + where.sql() + " group by " + by.group() + " having sum(messages) <> 0")
			.params(params)
			.query((rs, n) -> new VolumeRow(rs.getString(1), access.label(by, rs.getString(1)), rs.getLong(2),
					rs.getLong(3)))
			.list();
		return ReportAccess.sorted(rows, by, Comparator.comparingLong(VolumeRow::total).reversed(), VolumeRow::key);
	}

	/** Customers' messages per language with each language's share: the language mix. */
	public List<ShareRow> languageMix(AccessScope scope, ReportQuery query) {
		List<VolumeRow> rows = volumes(scope, query, Dimension.LANGUAGE);
		long all = rows.stream().mapToLong(VolumeRow::inbound).sum();
		return rows.stream()
			.filter(r -> r.inbound() > 0)
			.map(r -> new ShareRow(r.key(), r.label(), r.inbound(), 100.0 * r.inbound() / all))
			.sorted(Comparator.comparingLong(ShareRow::count).reversed().thenComparing(ShareRow::key))
			.toList();
	}

	/** Customers' messages per sentiment bucket, per period bucket {@code by} (hour, day, week, month) in time order. */
	public List<SentimentRow> sentimentTrend(AccessScope scope, ReportQuery query, Dimension by) {
		if (!by.isTime()) {
			throw new IllegalArgumentException("a sentiment trend is by hour, day, week or month, not " + by.name().toLowerCase());
		}
		var where = ReportScope.of(scope, query, access.readableUnits(scope, query.unit()));
		List<Object> params = new ArrayList<>();
		String from = RollUpRows.VOLUME.from(query, by, params);
		params.addAll(where.params());
		return jdbc.sql("select " + by.column() + """
				, coalesce(sum(messages) filter (where sentiment = 'positive'), 0),
				  coalesce(sum(messages) filter (where sentiment = 'neutral'), 0),
				  coalesce(sum(messages) filter (where sentiment = 'negative'), 0),
				  coalesce(sum(messages) filter (where sentiment = 'unknown'), 0)
				from\s""" + from + where.sql() + " and direction = 'INBOUND' group by " + by.group() + " having sum(messages) <> 0 order by 1")
			.params(params)
			.query((rs, n) -> new SentimentRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/**
	 * Mean, median and 90th percentile of {@code metric} per value of {@code by}, in seconds, with the samples
	 * that missed their SLA target (SLA attainment).
	 */
	public List<DurationRow> durations(AccessScope scope, ReportQuery query, Metric metric, Dimension by) {
		by.requireFor(Source.DURATION, "durations (kept per conversation, not per message)");
		var where = ReportScope.of(scope, query, access.readableUnits(scope, query.unit()));
		Map<String, Histogram> histograms = new LinkedHashMap<>();
		List<Object> params = new ArrayList<>();
		String from = RollUpRows.DURATION.from(query, by, params);
		params.addAll(where.params(metric.name()));
		jdbc.sql("select " + by.column() + ", bin, sum(samples), sum(total_seconds), sum(breached) from "
				+ from + where.sql() + " and metric = ? group by " + by.group() + ", 2")
			.params(params)
			.query(rs -> {
				histograms.computeIfAbsent(rs.getString(1), k -> new Histogram())
					.add(rs.getInt(2), rs.getLong(3), rs.getDouble(4), rs.getLong(5));
			});
		List<DurationRow> rows = new ArrayList<>();
		histograms.forEach((key, h) -> rows.add(h.row(key, access.label(by, key))));
		return ReportAccess.sorted(rows, by, Comparator.comparingLong(DurationRow::samples).reversed(), DurationRow::key);
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
		private long breached;

		void add(int bin, long count, double total, long missed) {
			samples[bin] += count;
			seconds[bin] += total;
			breached += missed;
		}

		DurationRow row(String key, String label) {
			long n = Arrays.stream(samples).sum();
			Double mean = n == 0 ? null : Arrays.stream(seconds).sum() / n;
			return new DurationRow(key, label, n, mean, DurationBins.quantile(samples, seconds, 50),
					DurationBins.quantile(samples, seconds, 90), breached);
		}
	}
}
