package io.dandelion.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a roll-up that answer a report, read at the coarsest grains that tile its period (see {@link Grain}):
 * a period from 10 January to 20 November by language reads the daily rows of 10-31 January and 1-19 November and
 * the monthly rows between; a time breakdown never reads buckets wider than its own (by day or week: days at most).
 * A daily time series that needs none of the dimensions the series table leaves out (channel, intent) reads that
 * smaller table ({@code analytics_volume_series_day}) instead of the daily volumes.
 */
enum RollUpRows {

	VOLUME("analytics_volume", "analytics_volume_series_day", "hour, unit_id, platform, language, sentiment, direction, messages",
			Set.of(Dimension.TOTAL, Dimension.UNIT, Dimension.PLATFORM, Dimension.LANGUAGE, Dimension.SENTIMENT,
					Dimension.HOUR, Dimension.DAY, Dimension.WEEK, Dimension.MONTH)),
	WORK_VOLUME("analytics_work_volume"), DURATION("analytics_duration"), MODERATION("analytics_moderation");

	private final String rollUp;
	private final @Nullable String series;
	private final String seriesColumns;
	private final Set<Dimension> seriesDimensions;

	RollUpRows(String rollUp) {
		this(rollUp, null, "*", Set.of());
	}

	RollUpRows(String rollUp, @Nullable String series, String seriesColumns, Set<Dimension> seriesDimensions) {
		this.rollUp = rollUp;
		this.series = series;
		this.seriesColumns = seriesColumns;
		this.seriesDimensions = seriesDimensions;
	}

	/** A period of one grain's table. */
	record Segment(Grain grain, Instant from, Instant to) {
	}

	/**
	 * What follows {@code from} in the report's query: one table, or the union of each segment's table over the
	 * segment's period (its bounds added to {@code params}, which must come first). Names are fixed, never input.
	 */
	String from(ReportQuery query, Dimension by, List<Object> params) {
		List<Segment> segments = segments(query, by);
		boolean useSeries = series != null && seriesDimensions.contains(by)
				&& segments.stream().anyMatch(s -> s.grain() == Grain.DAY);
		if (segments.size() == 1) {
			return table(segments.get(0).grain(), useSeries);
		}
		String columns = useSeries ? seriesColumns : "*";
		return segments.stream().map(s -> {
			params.add(s.from().atOffset(ZoneOffset.UTC));
			params.add(s.to().atOffset(ZoneOffset.UTC));
			return "select " + columns + " from " + table(s.grain(), useSeries) + " where hour >= ? and hour < ?";
		}).collect(Collectors.joining(" union all ", "(", ") r"));
	}

	private String table(Grain grain, boolean useSeries) {
		return useSeries && grain == Grain.DAY && series != null ? series : grain.table(rollUp);
	}

	/** The period cut into whole months, then whole days at their edges, then hours at theirs; none finer than needed. */
	static List<Segment> segments(ReportQuery query, Dimension by) {
		Instant from = query.from();
		Instant to = query.to();
		Instant firstDay = ceil(from, Grain.DAY);
		Instant lastDay = Grain.DAY.bucketOf(to);
		if (by == Dimension.HOUR || !firstDay.isBefore(lastDay)) {
			return List.of(new Segment(Grain.HOUR, from, to));
		}
		List<Segment> segments = new ArrayList<>();
		add(segments, Grain.HOUR, from, firstDay);
		Instant firstMonth = ceil(firstDay, Grain.MONTH);
		Instant lastMonth = Grain.MONTH.bucketOf(lastDay);
		if (by != Dimension.DAY && by != Dimension.WEEK && firstMonth.isBefore(lastMonth)) {
			add(segments, Grain.DAY, firstDay, firstMonth);
			add(segments, Grain.MONTH, firstMonth, lastMonth);
			add(segments, Grain.DAY, lastMonth, lastDay);
		}
		else {
			add(segments, Grain.DAY, firstDay, lastDay);
		}
		add(segments, Grain.HOUR, lastDay, to);
		return segments;
	}

	private static void add(List<Segment> segments, Grain grain, Instant from, Instant to) {
		if (from.isBefore(to)) {
			segments.add(new Segment(grain, from, to));
		}
	}

	private static Instant ceil(Instant instant, Grain grain) {
		Instant down = grain.bucketOf(instant);
		if (down.equals(instant)) {
			return instant;
		}
		return grain == Grain.DAY ? down.plus(1, ChronoUnit.DAYS)
				: YearMonth.from(down.atOffset(ZoneOffset.UTC)).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}
}
