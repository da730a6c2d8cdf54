package io.dandelion.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FallbackChainTests {

	static final UnitId BELGIUM = UnitId.random();
	static final UnitId ROMANIA = UnitId.random();
	static final RoutingTarget BE_FRENCH_HELPERS = target("Belgium helpers (fr)");
	static final RoutingTarget BE_DUTCH_HELPERS = target("Belgium helpers (nl)");
	static final RoutingTarget RO_HELPERS = target("Romania helpers");
	static final RoutingTarget AGENCY = target("Polyglot Moderation");
	static final RoutingTarget HUB = target("Hub care");
	static final RoutingTarget TRIAGE = target("Triage");
	static final RoutingTarget LEGAL = target("Legal");

	final FallbackChain chain = new FallbackChain(new Directory());

	@Test
	void routesFrenchComplaintOnBelgianPageToBelgianFrenchHelpers() {
		var decision = chain.route(new RoutingRequest(BELGIUM, "fr", "FACEBOOK", "complaint", null));

		assertThat(decision.target()).isEqualTo(BE_FRENCH_HELPERS);
		assertThat(decision.step()).isEqualTo(RoutingDecision.Step.COUNTRY_HELPERS);
		assertThat(decision.reason()).contains("speak fr");
	}

	@Test
	void routesDutchOnTheSamePageToTheDutchSpeakers() {
		assertThat(chain.route(new RoutingRequest(BELGIUM, "nl", "FACEBOOK", "question", null)).target())
			.isEqualTo(BE_DUTCH_HELPERS);
	}

	@Test
	void routesRomanianWithoutRomanianSpeakerToTheAgency() {
		var decision = chain.route(new RoutingRequest(BELGIUM, "ro", "X", "complaint", null));

		assertThat(decision.target()).isEqualTo(AGENCY);
		assertThat(decision.step()).isEqualTo(RoutingDecision.Step.AGENCY);
	}

	@Test
	void fallsBackToTheHubWhenNobodyCoversTheLanguage() {
		var decision = chain.route(new RoutingRequest(BELGIUM, "fi", "X", "complaint", null));

		assertThat(decision.step()).isEqualTo(RoutingDecision.Step.HUB);
		assertThat(decision.reason()).contains("fi");
	}

	@Test
	void sendsEmojiOnlyMessageToTriage() {
		assertThat(chain.route(new RoutingRequest(BELGIUM, "und", "X", null, null)).target()).isEqualTo(TRIAGE);
	}

	@Test
	void policyRuleQueueWinsWhenItExists() {
		assertThat(chain.route(new RoutingRequest(BELGIUM, "fr", "X", "complaint", "legal")).step())
			.isEqualTo(RoutingDecision.Step.RULE);
		assertThat(chain.route(new RoutingRequest(BELGIUM, "fr", "X", "complaint", "no-such-queue")).target())
			.isEqualTo(BE_FRENCH_HELPERS);
	}

	static RoutingTarget target(String name) {
		return new RoutingTarget(TeamId.random(), name);
	}

	static final class Directory implements RoutingDirectory {

		final Map<UnitId, Map<String, RoutingTarget>> helpers = Map.of(BELGIUM,
				Map.of("fr", BE_FRENCH_HELPERS, "nl", BE_DUTCH_HELPERS), ROMANIA, Map.of("ro", RO_HELPERS));

		public List<RoutingTarget> countryHelpers(UnitId unit, String language) {
			return Optional.ofNullable(helpers.getOrDefault(unit, Map.of()).get(language)).stream().toList();
		}

		public List<RoutingTarget> agencies(UnitId unit, String language, String platform) {
			return Set.of("ro", "ar", "hu").contains(language) ? List.of(AGENCY) : List.of();
		}

		public RoutingTarget hub() {
			return HUB;
		}

		public RoutingTarget triage() {
			return TRIAGE;
		}

		public Optional<RoutingTarget> namedQueue(UnitId unit, String name) {
			return name.equals("legal") ? Optional.of(LEGAL) : Optional.empty();
		}
	}
}
