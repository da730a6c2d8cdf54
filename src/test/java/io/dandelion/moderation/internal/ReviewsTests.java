package io.dandelion.moderation.internal;

import static io.dandelion.moderation.internal.PoliciesApiTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.Condition;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.moderation.Rule;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitSummary;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ModerationTest
class ReviewsTests {

	static final List<Rule> HUB = List.of(
			new Rule("hide-abuse", "Hide abuse", List.of(new Condition.LabelAtLeast("abuse", 0.8)),
					List.of(new Action.Hide(), new Action.FlagForReview("abuse")), true, true),
			new Rule("spam", "Spam", List.of(new Condition.LabelAtLeast("spam", 0.9)), List.of(new Action.Delete(true)),
					false, true),
			new Rule("look", "Look at it", List.of(new Condition.ContainsKeyword(List.of("review-me"))),
					List.of(new Action.FlagForReview("general")), false, true));

	final TestScope frModerator = TestScope.of("fr.moderator", Role.MODERATOR, TestUnits.FRANCE);
	final TestScope hubModerator = TestScope.of("hub.moderator", Role.MODERATOR, TestUnits.ACME);
	final TestScope frAgent = TestScope.of("fr.agent", Role.AGENT, TestUnits.FRANCE);
	final TestScope agency = TestScope.of("agency.moderator", Role.MODERATOR, TestUnits.ACME)
		.under(new ContractLimits(AgencyId.random(), Set.of(TestUnits.BELGIUM.id()), Set.of("nl"), Set.of(), true));

	@Autowired
	MockMvc mvc;

	@Autowired
	ItemSink sink;

	@Autowired
	Channels channels;

	@Autowired
	PolicyAdministration policies;

	@Autowired
	RecordingChannelActions platform;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ModerationTestConfiguration.ModeratedBatches moderated;

	@BeforeEach
	void hubPolicy() {
		if (policies.view(TestScope.hubAdmin(), TestUnits.ACME.id()).version() == 0) {
			policies.save(TestScope.hubAdmin(), TestUnits.ACME.id(), null, HUB);
		}
	}

	@Test
	void approvingAHiddenMessageRestoresItAndEveryVerdictNeedsAConfiguredReason() throws Exception {
		var hidden = receive(TestUnits.FRANCE, "you idiots, review-me");
		String id = reviewOf(hidden, "abuse");

		decide(frModerator, id, "approve", "because").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("reason code 'because'")));
		decide(frAgent, id, "approve", "legitimate").andExpect(status().isForbidden());
		decide(frModerator, id, "approve", "criticism-allowed").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decisions[0].reasonCode").value("criticism-allowed"));

		await().atMost(Duration.ofSeconds(10)).until(() -> platform.done("unhide").contains(hidden.externalId()));
		decide(frModerator, id, "hide", "insult").andExpect(status().isConflict());
		String general = reviewOf(hidden, "general");
		decide(frModerator, general, "hide", "insult").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> platform.done("hide").stream().filter(hidden.externalId()::equals).count() == 2);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(moderated.actions())
				.filteredOn(a -> a.message().toString().equals(messageId(hidden)) && !a.automatic())
				.extracting(ModerationActionsTaken.TakenAction::action, ModerationActionsTaken.TakenAction::reason)
				.containsExactly(tuple("approve", "criticism-allowed"), tuple("hide", "insult")));
	}

	String messageId(io.dandelion.channels.InboundItem item) {
		return jdbc.sql("select id::text from message where external_id = ?").param(item.externalId()).query(String.class)
			.single();
	}

	@Test
	void aDeletionWaitsForASecondModerator() throws Exception {
		var spam = receive(TestUnits.FRANCE, "buy now, cheap watches");
		String id = reviewOf(spam, ReviewQueue.DELETIONS);

		decide(frModerator, id, "delete", "spam").andExpect(jsonPath("$.status").value("AWAITING_SECOND_PERSON"));
		decide(frModerator, id, "delete", "spam").andExpect(status().isConflict());
		assertThat(platform.done("delete")).doesNotContain(spam.externalId());
		decide(hubModerator, id, "delete", "spam").andExpect(jsonPath("$.status").value("DELETED"));

		await().atMost(Duration.ofSeconds(10)).until(() -> platform.done("delete").contains(spam.externalId()));
	}

	@Test
	void anAgencyModeratorSeesOnlyTheContractsItemsWithPersonalDataMasked() throws Exception {
		var dutch = receive(TestUnits.BELGIUM, "dank u, review-me at jan.peeters@example.be");
		var french = receive(TestUnits.BELGIUM, "merci, review-me");
		var france = receive(TestUnits.FRANCE, "dank, review-me in France");
		String dutchId = reviewOf(dutch, "general");

		mvc.perform(get("/api/v1/reviews").with(as(agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(dutchId))
			.andExpect(jsonPath("$[0].text").value("dank u, review-me at [email]"));
		mvc.perform(get("/api/v1/reviews/" + reviewOf(french, "general")).with(as(agency))).andExpect(status().isNotFound());
		decide(agency, reviewOf(france, "general"), "approve", "legitimate").andExpect(status().isNotFound());
		mvc.perform(get("/moderation/reviews").with(as(agency)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("[email]")))
			.andExpect(content().string(not(containsString("jan.peeters"))));
	}

	@Test
	void theReviewPageEscapesWhatCustomersWrote() throws Exception {
		reviewOf(receive(TestUnits.FRANCE, "<script>alert('x')</script> review-me"), "general");

		mvc.perform(get("/moderation/reviews").with(as(frModerator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void aMessagesAnalysisAndOutcomeAreShownOnlyToThoseWhoMayReadIt() throws Exception {
		var insult = receive(TestUnits.FRANCE, "you idiots, review-me");
		reviewOf(insult, "abuse");
		String message = messageId(insult);
		var egyptModerator = TestScope.of("eg.moderator", Role.MODERATOR, TestUnits.EGYPT);
		var frSiteEditor = TestScope.of("fr.site-editor", Role.SITE_EDITOR, TestUnits.FRANCE);
		var maskingAgency = TestScope.of("agency.moderator", Role.MODERATOR, TestUnits.ACME)
			.under(new ContractLimits(AgencyId.random(), Set.of(TestUnits.FRANCE.id()), Set.of(), Set.of(), true));

		outcome(message, frModerator).andExpect(status().isOk())
			.andExpect(jsonPath("$.message").value(message))
			.andExpect(jsonPath("$.unit").value(TestUnits.FRANCE.id().value().toString()))
			.andExpect(jsonPath("$.platform").value("x"))
			.andExpect(content().string(containsString("hide-abuse")));
		outcome(message, TestScope.hubAdmin()).andExpect(status().isOk());
		outcome(message, egyptModerator).andExpect(status().isNotFound());
		outcome(message, frSiteEditor).andExpect(status().isNotFound());
		outcome(message, maskingAgency).andExpect(status().isNotFound());
		outcome(UUID.randomUUID().toString(), TestScope.hubAdmin()).andExpect(status().isNotFound());
	}

	ResultActions outcome(String message, TestScope scope) throws Exception {
		return mvc.perform(get("/api/v1/messages/" + message + "/moderation").with(as(scope)));
	}

	InboundItem receive(UnitSummary unit, String text) {
		var channel = new ChannelSummary(ChannelId.random(), unit.id(), TeamId.random(), "x", "@acme");
		given(channels.find(channel.id())).willReturn(Optional.of(channel));
		var item = ModerationPipelineTests.item("post-" + UUID.randomUUID(), text);
		sink.accept(channel.id(), List.of(item));
		return item;
	}

	String reviewOf(InboundItem item, String queue) {
		String sql = "select r.id::text from moderation_review r join message m on m.id = r.message_id "
				+ "where m.external_id = ? and r.queue = ?";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql(sql).params(item.externalId(), queue).query(String.class).optional().isPresent());
		return jdbc.sql(sql).params(item.externalId(), queue).query(String.class).single();
	}

	ResultActions decide(TestScope scope, String id, String verdict, String reason) throws Exception {
		return mvc.perform(post("/api/v1/reviews/" + id + "/decisions").with(as(scope)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"verdict\": \"" + verdict + "\", \"reasonCode\": \"" + reason + "\"}"));
	}
}
