package io.dandelion.routing;

/** Where a conversation went, at which step of the chain, and why, in words a supervisor can read. */
public record RoutingDecision(RoutingTarget target, Step step, String reason) {

	/** The step of the fallback chain that decided; {@code LENT_CHANNEL}: the account is lent to the chosen team. */
	public enum Step {
		RULE, COUNTRY_HELPERS, AGENCY, HUB, TRIAGE, LENT_CHANNEL
	}
}
