package io.dandelion.analytics;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who works a conversation (team, agent, the team's agency; {@link #NONE} for none) and what its SLA
 * timers did, as routing's events told analytics.
 */
record Work(UUID team, UUID agent, UUID agency, @Nullable Instant firstResponseDue, @Nullable Instant resolutionDue,
		boolean firstResponseBreached, boolean resolutionBreached) {

	/** The nil uuid: no team, agent or agency. */
	static final UUID NONE = new UUID(0, 0);

	static final Work UNKNOWN = new Work(NONE, NONE, NONE, null, null, false, false);

	/** Whether an answer at {@code at} missed the first-response target. */
	boolean firstResponseMissed(Instant at) {
		return firstResponseBreached || (firstResponseDue != null && at.isAfter(firstResponseDue));
	}

	/** Whether a resolution at {@code at} missed the resolution target. */
	boolean resolutionMissed(Instant at) {
		return resolutionBreached || (resolutionDue != null && at.isAfter(resolutionDue));
	}
}
