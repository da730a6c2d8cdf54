package io.dandelion.analytics;

import java.util.EnumSet;
import java.util.Set;

/** What a report breaks its numbers down by: a dimension of the roll-ups, or a calendar bucket (UTC). */
public enum Dimension {

	TOTAL("'total'", Source.values()), UNIT("unit_id::text", Source.values()),
	CHANNEL("channel_id::text", Source.values()), PLATFORM("platform", Source.values()),
	LANGUAGE("language", Source.values()), INTENT("intent", Source.VOLUME), SENTIMENT("sentiment", Source.VOLUME),
	TEAM("team_id::text", Source.DURATION, Source.BACKLOG), AGENT("agent_id::text", Source.DURATION, Source.BACKLOG),
	AGENCY("agency_id::text", Source.DURATION, Source.BACKLOG, Source.MODERATION),
	ACTION("action", Source.MODERATION), REASON("reason", Source.MODERATION),
	ORIGIN("case when automatic then 'automatic' else 'human' end", Source.MODERATION),
	AGE("case when age < interval '1 hour' then '0-1h' when age < interval '4 hours' then '1-4h' "
			+ "when age < interval '24 hours' then '4-24h' when age < interval '72 hours' then '24-72h' else '72h+' end",
			Source.BACKLOG),
	HOUR("to_char(hour at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:00\"Z\"')", Source.TIMED),
	DAY("to_char(hour at time zone 'UTC', 'YYYY-MM-DD')", Source.TIMED),
	WEEK("to_char(hour at time zone 'UTC', 'IYYY-\"W\"IW')", Source.TIMED),
	MONTH("to_char(hour at time zone 'UTC', 'YYYY-MM')", Source.TIMED);

	/** The roll-ups a report reads from; each has its own dimensions. */
	enum Source {
		VOLUME, DURATION, MODERATION, BACKLOG;

		static final Source[] TIMED = { VOLUME, DURATION, MODERATION };
	}

	private final String column;
	private final Set<Source> sources;

	Dimension(String column, Source... sources) {
		this.column = column;
		this.sources = EnumSet.noneOf(Source.class);
		this.sources.addAll(Set.of(sources));
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

	boolean isTime() {
		return this == HOUR || this == DAY || this == WEEK || this == MONTH;
	}

	/** Keys that have an order of their own (time, age) rather than busiest first. */
	boolean isOrdered() {
		return isTime() || this == AGE;
	}
}
