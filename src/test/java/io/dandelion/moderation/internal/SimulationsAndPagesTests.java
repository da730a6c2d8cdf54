package io.dandelion.moderation.internal;

import static io.dandelion.moderation.internal.PoliciesApiTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.Condition;
import io.dandelion.moderation.Rule;
import io.dandelion.organisation.DemoOrganisationSeeded;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.TeamId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@ModerationTest
class SimulationsAndPagesTests {

	final TestScope frAdmin = TestScope.of("fr.admin", Role.UNIT_ADMIN, TestUnits.FRANCE);

	@Autowired
	MockMvc mvc;

	@Autowired
	ItemSink sink;

	@Autowired
	Channels channels;

	@Autowired
	Simulations simulations;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PolicyAdministration policies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemoPolicyIsSeededAndTheSpokeSeesItsCascadeThenSimulatesADraftWithProgressAndDiff() throws Exception {
		transactions.executeWithoutResult(status -> events.publishEvent(new DemoOrganisationSeeded(TestUnits.ACME.id(),
				Map.of("fr", TestUnits.FRANCE.id(), "be", TestUnits.BELGIUM.id()), Map.of(), Map.of())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> policies.view(TestScope.hubAdmin(), TestUnits.BELGIUM.id()).version() == 1);
		assertThat(policies.view(TestScope.hubAdmin(), TestUnits.FRANCE.id()).effective().rules())
			.extracting(r -> r.rule().key())
			.containsExactly("hide-abuse", "spam", "public-personal-data", "complaints-first", "after-hours-reply",
					"refund-talk");

		mvc.perform(get("/moderation/policies/" + TestUnits.FRANCE.id()).with(as(frAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hide abuse and insults")))
			.andExpect(content().string(containsString("inherited")))
			.andExpect(content().string(containsString("Refund talk to the French care team")));
		mvc.perform(get("/moderation/policies/" + TestUnits.EGYPT.id()).with(as(frAdmin))).andExpect(status().isNotFound());

		var channel = new ChannelSummary(ChannelId.random(), TestUnits.FRANCE.id(), TeamId.random(), "x", "@acme_fr");
		given(channels.find(channel.id())).willReturn(Optional.of(channel));
		sink.accept(channel.id(), List.of(ModerationPipelineTests.item("p-" + UUID.randomUUID(), "la météo est belle"),
				ModerationPipelineTests.item("p-" + UUID.randomUUID(), "bonjour, quelle météo"),
				ModerationPipelineTests.item("p-" + UUID.randomUUID(), "merci")));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from moderation_decision "
				+ "where channel_id = ?").param(channel.id().value()).query(Long.class).single() == 3);

		String draft = RuleJson.write(List.of(new Rule("weather", "Weather talk is off-topic",
				List.of(new Condition.ContainsKeyword(List.of("météo"))), List.of(new Action.Tag("off-topic")), false, true)));
		String location = mvc.perform(post("/moderation/policies/" + TestUnits.FRANCE.id() + "/simulations").with(as(frAdmin))
			.with(csrf())
			.param("rules", draft)
			.param("days", "7"))
			.andExpect(redirectedUrlPattern("/moderation/simulations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(20)).until(() -> simulations.find(frAdmin, id).orElseThrow().finished);

		var run = simulations.find(frAdmin, id).orElseThrow();
		assertThat(run.failure).isNull();
		assertThat(run.draft.report().seen()).isEqualTo(3);
		assertThat(run.changed).isEqualTo(2);
		assertThat(run.changes()).allSatisfy(change -> assertThat(change.after()).contains("tag"));
		mvc.perform(get(location + "/progress").with(as(frAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Decisions the draft changes: 2")))
			.andExpect(content().string(containsString("done")));
		assertThat(policies.view(frAdmin, TestUnits.FRANCE.id()).rules()).extracting(Rule::key).containsExactly("refund-talk");
	}

	@Test
	void aLockedRuleCannotBeSimulatedAwayAndTheFormSaysWhy() throws Exception {
		if (policies.view(TestScope.hubAdmin(), TestUnits.ACME.id()).version() == 0) {
			policies.save(TestScope.hubAdmin(), TestUnits.ACME.id(), null, DemoPolicy.HUB);
		}
		String draft = RuleJson.write(List.of(DemoPolicy.HUB.get(0).disabled()));

		mvc.perform(post("/moderation/policies/" + TestUnits.FRANCE.id() + "/simulations").with(as(frAdmin)).with(csrf())
			.param("rules", draft))
			.andExpect(flash().attribute("error", containsString("locked")));
		mvc.perform(post("/moderation/policies/" + TestUnits.FRANCE.id()).with(as(frAdmin)).with(csrf())
			.param("rules", "[{\"key\": \"broken\"")
			.param("basedOn", "0"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
	}
}
