package io.dandelion.routing;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One running or stopped SLA clock of a conversation. */
public record SlaTimer(Kind kind, Instant startedAt, Instant warnAt, Instant dueAt, @Nullable Instant stoppedAt) {

	/** Which target the timer measures. */
	public enum Kind {
		FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION
	}

	/** How the timer stands at a moment. */
	public enum State {
		RUNNING, WARNING, BREACHED, MET, MISSED
	}

	/** Starts a timer in business time of {@code calendar}. */
	public static SlaTimer start(Kind kind, Instant at, Duration target, double warnShare, BusinessCalendar calendar) {
		Duration warnAfter = Duration.ofMillis((long) (target.toMillis() * warnShare));
		return new SlaTimer(kind, at, calendar.plus(at, warnAfter), calendar.plus(at, target), null);
	}

	public SlaTimer stop(Instant at) {
		if (stoppedAt != null) {
			throw new IllegalStateException(kind + " timer already stopped at " + stoppedAt);
		}
		return new SlaTimer(kind, startedAt, warnAt, dueAt, at);
	}

	public State stateAt(Instant now) {
		if (stoppedAt != null) {
			return stoppedAt.isAfter(dueAt) ? State.MISSED : State.MET;
		}
		if (!now.isBefore(dueAt)) {
			return State.BREACHED;
		}
		return now.isBefore(warnAt) ? State.RUNNING : State.WARNING;
	}
}
