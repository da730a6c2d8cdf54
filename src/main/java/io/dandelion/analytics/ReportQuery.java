package io.dandelion.analytics;

import io.dandelion.organisation.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a report covers: the period {@code [from, to)} in whole hours (from is rounded down, to up, as
 * roll-ups are hourly) and the subtree of {@code unit} (null: every unit the caller may read reports of).
 */
public record ReportQuery(Instant from, Instant to, @Nullable UnitId unit) {

	/** A report covers at most this long a period (longer ones are split by the caller). */
	public static final Duration LONGEST = Duration.ofDays(3 * 366);

	public ReportQuery {
		from = from.truncatedTo(ChronoUnit.HOURS);
		Instant down = to.truncatedTo(ChronoUnit.HOURS);
		to = down.equals(to) ? down : down.plus(Duration.ofHours(1));
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("the period must end after it starts");
		}
		if (Duration.between(from, to).compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException("a report covers at most " + LONGEST.toDays() + " days");
		}
	}
}
