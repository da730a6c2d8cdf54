package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.conversations.ConversationId;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import io.dandelion.routing.ReplyGuard;
import io.dandelion.routing.ReplyingChanged;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaWarned;
import io.dandelion.routing.SlaPolicy;
import io.dandelion.routing.SlaTargets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** SLA timers in business time, breach actions, and collision control, on the demo organisation. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class SlaAndCollisionTests {

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	Units units;

	@Autowired
	MemberDirectory directory;

	@Autowired
	Traffic traffic;

	@Autowired
	Router router;

	@Autowired
	SlaPolicies policies;

	@Autowired
	SlaWatch watch;

	@Autowired
	ReplyGuard guard;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	void acmeTelecomWithPolicies() {
		demo.seed();
		await().until(() -> jdbc.sql("select count(*) from routing_queue where role = 'HUB'").query(Integer.class).single() == 1);
		AccessScope hub = scope("hub.admin");
		policies.create(hub, new SlaPolicy("Belgian care", unit("be"), null, null,
				new SlaTargets(Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(40), 0.8)), Set.of());
		policies.create(hub, new SlaPolicy("Spanish care", unit("es"), null, null,
				new SlaTargets(Duration.ofMinutes(1), Duration.ofHours(8), Duration.ofHours(400), 0.8)),
				Set.of(SlaPolicies.BreachAction.RAISE_PRIORITY, SlaPolicies.BreachAction.ESCALATE_TO_HUB));
	}

	@Test
	void aFridayAfternoonComplaintInBelgiumIsDueOnMondayMorningAfterTheClocksWentForward() {
		// Friday 26 March 2027 16:00 in Brussels (CET); the clocks go forward on Sunday 28 March
		var message = traffic.message(unit("be"), "facebook", "Ma facture !", Instant.parse("2027-03-26T15:00:00Z"));

		route(message, "fr", 3);

		// two business hours on Friday (16:00-18:00), two on Monday (09:00-11:00 CEST, 07:00-09:00 UTC)
		assertThat(timer(message.conversation(), "FIRST_RESPONSE")).isEqualTo(Instant.parse("2027-03-29T09:00:00Z"));
		assertThat(jdbc.sql("select due_at from routing_item where conversation_id = ?")
			.param(message.conversation().value())
			.query(Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2027-03-29T09:00:00Z"));
	}

	@Test
	void aBreachRaisesThePriorityAndEscalatesToTheHubOnce() {
		var message = traffic.message(unit("es"), "x", "¿Hola?", Instant.parse("2026-11-23T09:00:00Z"));
		route(message, "es", 3);

		watch.check();
		watch.check();

		await().until(() -> count("routing_decision where step = 'SLA_BREACHED' and conversation_id = '"
				+ message.conversation() + "'") == 1);
		assertThat(jdbc.sql("select q.name || ' ' || i.priority from routing_item i join routing_queue q on q.id = i.queue_id "
				+ "where i.conversation_id = ?").param(message.conversation().value()).query(String.class).single())
			.isEqualTo("Hub care 2");
		assertThat(count("sla_timer where breached_at is not null and conversation_id = '" + message.conversation() + "'"))
			.isEqualTo(1);
		assertThat(count("sla_timer where kind = 'FIRST_RESPONSE' and warned_at is not null and conversation_id = '"
				+ message.conversation() + "'")).as("warned before (here: in the same check as) the breach").isEqualTo(1);
		assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and action like 'routing.sla-%' order by sequence")
			.param(message.conversation().toString())
			.query(String.class)
			.list()).as("each warned and breached timer is audited once").contains("routing.sla-warned", "routing.sla-breached")
			.filteredOn("routing.sla-breached"::equals)
			.hasSize(1);
	}

	@Test
	void aWarningAndABreachNameTheHolderAndTheQueuesTeam(ApplicationEvents events) {
		var message = traffic.message(unit("es"), "x", "¿Alguien?", Instant.parse("2026-11-23T09:00:00Z"));
		route(message, "es", 3);
		var agent = directory.findByUsername("es.agent").orElseThrow().id();
		jdbc.sql("update routing_item set state = 'ASSIGNED', assignee = ? where conversation_id = ?")
			.params(agent.value(), message.conversation().value())
			.update();

		watch.check();

		assertThat(events.stream(SlaWarned.class).flatMap(e -> e.timers().stream())
			.filter(d -> d.conversation().equals(message.conversation()))).allSatisfy(d -> {
				assertThat(d.holder()).isEqualTo(agent);
				assertThat(d.team()).isNotNull();
			}).isNotEmpty();
		assertThat(events.stream(SlaBreached.class).flatMap(e -> e.timers().stream())
			.filter(d -> d.conversation().equals(message.conversation()))).singleElement()
			.satisfies(d -> assertThat(d.holder()).isEqualTo(agent));
	}

	@Test
	void theFirstAnswerStopsTheTimerAndASecondAnswerNeedsToHaveSeenIt() {
		var message = traffic.message(unit("be"), "facebook", "Bonjour ?", Instant.parse("2027-03-26T15:00:00Z"));
		route(message, "fr", 3);

		var first = guard.claim(scope("be.agent"), message.id(), null);

		assertThat(count("sla_timer where kind = 'FIRST_RESPONSE' and stopped_at is not null and conversation_id = '"
				+ message.conversation() + "'")).isEqualTo(1);
		assertThatThrownBy(() -> guard.claim(scope("hub.admin"), message.id(), null))
			.isInstanceOfSatisfying(ReplyGuard.AlreadyAnsweredException.class,
					e -> assertThat(e.first().actor()).isEqualTo("be.agent"));

		var second = guard.claim(scope("hub.admin"), message.id(), first.id());

		assertThat(second.over()).isEqualTo(first.id());
		assertThatThrownBy(() -> guard.claim(scope("be.agent"), message.id(), first.id()))
			.as("the latest answer must have been seen")
			.isInstanceOf(ReplyGuard.AlreadyAnsweredException.class);
	}

	@Test
	void everyoneSeesWhoIsWritingAReply(ApplicationEvents events) {
		var message = traffic.message(unit("be"), "facebook", "Allo ?", Instant.parse("2027-03-26T15:00:00Z"));
		route(message, "fr", 3);

		assertThat(guard.startReplying(scope("be.agent"), message.conversation())).isEmpty();
		assertThat(guard.startReplying(scope("hub.admin"), message.conversation())).extracting(ReplyGuard.Replier::actor)
			.containsExactly("be.agent");
		guard.stopReplying(scope("be.agent"), message.conversation());
		guard.stopReplying(scope("be.agent"), message.conversation());

		assertThat(events.stream(ReplyingChanged.class).filter(e -> e.conversation().equals(message.conversation())))
			.as("each start and each stop that ended a reply is announced, for the workspace's live pages")
			.extracting(e -> e.actor() + (e.writing() ? " writes" : " stopped"))
			.containsExactly("be.agent writes", "hub.admin writes", "be.agent stopped");

		assertThat(guard.replying(scope("be.agent"), message.conversation())).extracting(ReplyGuard.Replier::actor)
			.containsExactly("hub.admin");
		assertThatThrownBy(() -> guard.replying(scope("es.agent"), message.conversation()))
			.isInstanceOf(ReplyGuard.UnknownConversationException.class);
		assertThatThrownBy(() -> guard.startReplying(scope("analyst"), message.conversation()))
			.isInstanceOf(ReplyGuard.NotAllowedException.class);
	}

	@Test
	void overRestASecondAnswerIsRefusedWith409UntilTheSenderNamesTheFirst() throws Exception {
		var message = traffic.message(unit("be"), "facebook", "Encore moi", Instant.parse("2027-03-26T15:00:00Z"));
		route(message, "fr", 3);
		String claims = "/api/v1/messages/" + message.id() + "/reply-claims";

		var first = as("be.agent", post(claims)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.actor").value("be.agent"))
			.andReturn();
		String firstId = JsonPath.read(first.getResponse().getContentAsString(), "$.id");

		as("hub.admin", json(post(claims), "{}")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("this message was answered already by be.agent at ")))
			.andExpect(jsonPath("$.latest.id").value(firstId));
		as("hub.admin", json(post(claims), "{\"seen\": \"" + firstId + "\"}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.over").value(firstId));
		as("be.agent", get(claims)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].actor").value(org.hamcrest.Matchers.contains("be.agent", "hub.admin")));

		as("es.agent", post(claims)).andExpect(status().isNotFound());
		as("analyst", post(claims)).andExpect(status().isForbidden());
		as("be.agent", json(post(claims), "{\"seen\": \"yes\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("'seen' is the id of an earlier answer, not yes"));
		assertThat(count("reply_claim where inbound_message_id = '" + message.id() + "'")).isEqualTo(2);
	}

	@Test
	void overRestEveryoneSeesWhoIsReplying() throws Exception {
		var message = traffic.message(unit("be"), "facebook", "Quelqu'un ?", Instant.parse("2027-03-26T15:00:00Z"));
		route(message, "fr", 3);
		String replying = "/api/v1/conversations/" + message.conversation() + "/replying";

		as("be.agent", put(replying)).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		as("hub.admin", get(replying)).andExpect(jsonPath("$[0].actor").value("be.agent"));
		as("be.agent", delete(replying)).andExpect(status().isNoContent());
		as("hub.admin", get(replying)).andExpect(jsonPath("$").isEmpty());
		as("es.agent", get(replying)).andExpect(status().isNotFound());
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private void route(Traffic.Message message, String language, int priority) {
		transactions.executeWithoutResult(status -> router.route(new MessagesModerated(message.channel(), message.unit(),
				List.of(message.needingAnswer(language, "complaint", priority, null)))));
	}

	private Instant timer(ConversationId conversation, String kind) {
		return jdbc.sql("select due_at from sla_timer where conversation_id = ? and kind = ?")
			.params(conversation.value(), kind)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private AccessScope scope(String username) {
		return directory.scopeOf(directory.findByUsername(username).orElseThrow().id());
	}

	private UnitId unit(String code) {
		return units.findByCode(code).orElseThrow().id();
	}

	private int count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
	}
}
