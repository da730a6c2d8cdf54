package io.dandelion.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How finely a roll-up table is bucketed in time: each roll-up is kept per hour, per day and per month
 * (tables {@code analytics_volume}, {@code analytics_volume_day}, {@code analytics_volume_month}, and so
 * on; the {@code hour} column holds the start of the bucket, in UTC). A report reads the coarsest tables
 * that answer it exactly ({@link RollUpRows}), so a year's report sums a few thousand monthly rows, not millions
 * of hourly ones.
 */
enum Grain {

	HOUR(""), DAY("_day"), MONTH("_month");

	private final String suffix;

	Grain(String suffix) {
		this.suffix = suffix;
	}

	/** The table of this grain for a roll-up ({@code analytics_volume}, ...); fixed names, never input. */
	String table(String rollUp) {
		return rollUp + suffix;
	}

	Instant bucketOf(Instant hour) {
		return switch (this) {
			case HOUR -> hour.truncatedTo(ChronoUnit.HOURS);
			case DAY -> hour.truncatedTo(ChronoUnit.DAYS);
			case MONTH -> YearMonth.from(hour.atOffset(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		};
	}
}
