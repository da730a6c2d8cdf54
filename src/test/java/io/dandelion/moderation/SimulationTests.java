package io.dandelion.moderation;

import static io.dandelion.moderation.MessageFactsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTests {

	@Test
	void countsWhatADraftWouldHaveDoneWithExamplesAndProgress() {
		var draft = PolicyCascade.resolve(List.of(new Policy(GROUP, List.of(PolicyCascadeTests.HIDE_ABUSE,
				PolicyCascadeTests.REVIEW_REFUNDS))));
		var simulation = new Simulation(facts -> draft, 4);

		simulation.feed(List.of(aBelgianComment("idiots").withLabel("abusive", 0.9).facts(),
				aBelgianComment("bonjour").facts()));
		assertThat(simulation.report().percentDone()).isEqualTo(50);
		simulation.feed(List.of(aBelgianComment("refund now, idiots").withLabel("abusive", 0.95).facts(),
				aBelgianComment("I want a refund").facts()));

		var report = simulation.report();
		assertThat(report.percentDone()).isEqualTo(100);
		assertThat(report.matched()).isEqualTo(3);
		assertThat(report.actions()).containsEntry("hide", 2L).containsEntry("review", 2L);
		assertThat(report.rules()).containsEntry("hide-abuse", 2L).containsEntry("review-refunds", 2L);
		assertThat(report.examples().get("review")).extracting(Simulation.Example::excerpt)
			.containsExactly("refund now, idiots", "I want a refund");
	}
}
