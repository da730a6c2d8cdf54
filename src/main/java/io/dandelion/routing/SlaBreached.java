package io.dandelion.routing;

import java.util.List;

/** SLA timers passed their deadline without an answer; one event per check, after the policies' breach actions. */
public record SlaBreached(List<SlaDeadline> timers) {

	public SlaBreached {
		timers = List.copyOf(timers);
	}
}
