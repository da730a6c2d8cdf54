package io.dandelion.routing;

import java.util.List;

/** SLA timers reached their warning point (e.g. 80% of the target used); one event per check. */
public record SlaWarned(List<SlaDeadline> timers) {

	public SlaWarned {
		timers = List.copyOf(timers);
	}
}
