package io.dandelion.analytics;

/** What a report breaks its numbers down by: a dimension of the roll-ups, or a calendar bucket (UTC). */
public enum Dimension {

	TOTAL("'total'", true), UNIT("unit_id::text", true), CHANNEL("channel_id::text", true), PLATFORM("platform", true),
	LANGUAGE("language", true), INTENT("intent", false), SENTIMENT("sentiment", false),
	HOUR("to_char(hour at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:00\"Z\"')", true),
	DAY("to_char(hour at time zone 'UTC', 'YYYY-MM-DD')", true),
	WEEK("to_char(hour at time zone 'UTC', 'IYYY-\"W\"IW')", true),
	MONTH("to_char(hour at time zone 'UTC', 'YYYY-MM')", true);

	private final String column;
	private final boolean forDurations;

	Dimension(String column, boolean forDurations) {
		this.column = column;
		this.forDurations = forDurations;
	}

	/** The SQL expression over a roll-up table; a fixed text per constant, never built from input. */
	String column() {
		return column;
	}

	/** Whether durations (kept per conversation, not per message) can be broken down by this dimension. */
	boolean forDurations() {
		return forDurations;
	}

	boolean isTime() {
		return this == HOUR || this == DAY || this == WEEK || this == MONTH;
	}
}
