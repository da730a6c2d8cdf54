package io.dandelion.routing;

import java.util.List;
import java.util.Optional;

/**
 * The default route of a conversation: a queue a policy rule named; else, while its account is lent to
 * another team, that team, which answers on the account until it is handed back; else the care helpers
 * of the customer's country who speak the language; else an agency whose contract covers the language;
 * else the hub. Messages whose language is undetermined go to triage, since nobody can yet say who
 * should answer.
 */
public final class FallbackChain {

	private final RoutingDirectory directory;

	public FallbackChain(RoutingDirectory directory) {
		this.directory = directory;
	}

	public RoutingDecision route(RoutingRequest request) {
		if (request.requestedQueue() != null) {
			Optional<RoutingTarget> named = directory.namedQueue(request.unit(), request.requestedQueue());
			if (named.isPresent()) {
				return new RoutingDecision(named.get(), RoutingDecision.Step.RULE,
						"policy rule asked for queue '" + request.requestedQueue() + "'");
			}
		}
		if (request.lentTo() != null) {
			return new RoutingDecision(request.lentTo(), RoutingDecision.Step.LENT_CHANNEL,
					"the account is lent to " + request.lentTo().name() + ", which answers on it");
		}
		if (request.languageUndetermined()) {
			return new RoutingDecision(directory.triage(), RoutingDecision.Step.TRIAGE,
					"language undetermined: a person must read it first");
		}
		String language = request.language();
		List<RoutingTarget> helpers = directory.countryHelpers(request.unit(), language);
		if (!helpers.isEmpty()) {
			return new RoutingDecision(helpers.get(0), RoutingDecision.Step.COUNTRY_HELPERS,
					"country helpers speak " + language);
		}
		List<RoutingTarget> agencies = directory.agencies(request.unit(), language, request.platform());
		if (!agencies.isEmpty()) {
			return new RoutingDecision(agencies.get(0), RoutingDecision.Step.AGENCY,
					"no country helper speaks " + language + "; agency contract covers it");
		}
		return new RoutingDecision(directory.hub(), RoutingDecision.Step.HUB,
				"neither country helpers nor an agency cover " + language);
	}
}
