package io.dandelion.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/** What a report breaks its numbers down by: a dimension of the roll-ups, or a calendar bucket (UTC). */
public enum Dimension {

	TOTAL("'total'", Source.values()), UNIT("unit_id::text", Source.values()),
	CHANNEL("channel_id::text", Source.values()), PLATFORM("platform", Source.values()),
	LANGUAGE("language", Source.values()), INTENT("intent", Source.VOLUME), SENTIMENT("sentiment", Source.VOLUME),
	TEAM("team_id::text", Source.VOLUME, Source.DURATION, Source.BACKLOG),
	AGENT("agent_id::text", Source.VOLUME, Source.DURATION, Source.BACKLOG),
	AGENCY("agency_id::text", Source.VOLUME, Source.DURATION, Source.BACKLOG, Source.MODERATION),
	ACTION("action", Source.MODERATION), REASON("reason", Source.MODERATION),
	ORIGIN("case when automatic then 'automatic' else 'human' end", Source.MODERATION),
	AGE("case when age < interval '1 hour' then '0-1h' when age < interval '4 hours' then '1-4h' "
			+ "when age < interval '24 hours' then '4-24h' when age < interval '72 hours' then '24-72h' else '72h+' end",
			Source.BACKLOG),
	HOUR("to_char(hour at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:00\"Z\"')", "hour", Source.TIMED),
	DAY(bucket("day", "YYYY-MM-DD"), "date_trunc('day', hour at time zone 'UTC')", Source.TIMED),
	WEEK(bucket("week", "IYYY-\"W\"IW"), "date_trunc('week', hour at time zone 'UTC')", Source.TIMED),
	MONTH(bucket("month", "YYYY-MM"), "date_trunc('month', hour at time zone 'UTC')", Source.TIMED);

	/** The roll-ups a report reads from; each has its own dimensions. */
	enum Source {
		VOLUME, DURATION, MODERATION, BACKLOG;

		static final Source[] TIMED = { VOLUME, DURATION, MODERATION };
	}

	private final String column;
	private final String group;
	private final Set<Source> sources;

	Dimension(String column, Source... sources) {
		this(column, "1", sources);
	}

	Dimension(String column, String group, Source... sources) {
		this.column = column;
		this.group = group;
		this.sources = EnumSet.noneOf(Source.class);
		this.sources.addAll(Set.of(sources));
	}

	/** A UTC calendar bucket's key: the bucket's start written once per group, not once per row. */
	private static String bucket(String unit, String format) {
		return "to_char(date_trunc('" + unit + "', hour at time zone 'UTC'), '" + format + "')";
	}

	/**
	 * What a report groups rows by: the first column, or for a time breakdown the bucket itself (a cheap
	 * {@code date_trunc}), which {@link #column()} then formats once per bucket: formatting every row of a
	 * year's daily roll-up first cost more than summing it.
	 */
	String group() {
		return group;
	}

	/** The UTC period {@code [start, end)} of a time bucket's key ("2026-11-02", "2026-W45", ...); 400 if malformed. */
	Instant[] period(String key) {
		try {
			return switch (this) {
				case HOUR -> {
					Instant start = Instant.parse(key.replace("Z", ":00Z"));
					yield new Instant[] { start, start.plus(Duration.ofHours(1)) };
				}
				case DAY -> days(LocalDate.parse(key), 1);
				case WEEK -> days(LocalDate.parse(key + "-1", DateTimeFormatter.ISO_WEEK_DATE), 7);
				case MONTH -> {
					YearMonth month = YearMonth.parse(key);
					yield new Instant[] { utc(month.atDay(1)), utc(month.plusMonths(1).atDay(1)) };
				}
				default -> throw new IllegalStateException(name() + " is not a time bucket");
			};
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a " + name().toLowerCase() + ": " + key, e);
		}
	}

	private static Instant[] days(LocalDate first, int days) {
		return new Instant[] { utc(first), utc(first.plusDays(days)) };
	}

	private static Instant utc(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The SQL expression over a roll-up table; a fixed text per constant, never built from input. */
	String column() {
		return column;
	}

	/** Refuses a dimension the report's roll-up does not keep, with a sentence saying why. */
	Dimension requireFor(Source source, String report) {
		if (!sources.contains(source)) {
			throw new IllegalArgumentException(report + " cannot be broken down by " + name().toLowerCase());
		}
		return this;
	}

	/** Who works the conversations: volumes by these read the work roll-up ({@code analytics_work_volume}). */
	boolean isWork() {
		return this == TEAM || this == AGENT || this == AGENCY;
	}

	boolean isTime() {
		return this == HOUR || this == DAY || this == WEEK || this == MONTH;
	}

	/** Keys that have an order of their own (time, age) rather than busiest first. */
	boolean isOrdered() {
		return isTime() || this == AGE;
	}
}
