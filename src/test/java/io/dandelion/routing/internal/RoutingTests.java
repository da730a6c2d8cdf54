package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.conversations.ConversationId;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.RoutingDecision.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Routing of moderated batches through the default chain, on the demo organisation (Acme Telecom). */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingTests {

	static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T09:30:00Z");

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	Units units;

	@Autowired
	Traffic traffic;

	@Autowired
	Router router;

	@Autowired
	Queues queues;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from routing_queue where role <> 'TEAM'").query(Integer.class).single() == 2);
	}

	@Test
	void routesFrenchComplaintOnTheBelgianPageToTheBelgianFrenchSpeakingHelpers() {
		var message = traffic.message(unit("be"), "facebook", "Ma facture est fausse !", MONDAY_MORNING);

		traffic.moderated(message.unit(), message.channel(), List.of(message.needingAnswer("fr", "complaint", 2, null)));

		awaitRouted(message.conversation());
		assertThat(queueOf(message.conversation())).isEqualTo("Belgium care helpers");
		assertThat(decisionOf(message.conversation())).containsEntry("step", "COUNTRY_HELPERS")
			.containsEntry("reason", "country helpers speak fr");
	}

	@Test
	void routesRomanianWithNoRomanianSpeakerInTheUnitToTheAgencyWithRomanian() {
		var message = traffic.message(unit("ro"), "x", "Factura mea este greșită!", MONDAY_MORNING);

		traffic.moderated(message.unit(), message.channel(), List.of(message.needingAnswer("ro", "complaint", 2, null)));

		awaitRouted(message.conversation());
		assertThat(queueOf(message.conversation())).isEqualTo("Polyglot Moderation EMEA");
		assertThat(decisionOf(message.conversation())).containsEntry("step", "AGENCY");
	}

	@Test
	void sendsAnEmojiOnlyMessageToTriage() {
		var message = traffic.message(unit("fr"), "instagram", "😡😡😡", MONDAY_MORNING);

		traffic.moderated(message.unit(), message.channel(), List.of(message.needingAnswer("und", null, 3, null)));

		awaitRouted(message.conversation());
		assertThat(queueOf(message.conversation())).isEqualTo("Triage");
		assertThat(decisionOf(message.conversation())).containsEntry("step", "TRIAGE");
	}

	@Test
	void sendsWhatNeitherTheCountryNorTheAgencyCoversToTheHub() {
		var message = traffic.message(unit("fr"), "x", "Meine Rechnung ist falsch", MONDAY_MORNING);

		traffic.moderated(message.unit(), message.channel(), List.of(message.needingAnswer("de", "complaint", 3, null)));

		awaitRouted(message.conversation());
		assertThat(queueOf(message.conversation())).isEqualTo("Hub care");
		assertThat(decisionOf(message.conversation())).containsEntry("step", "HUB");
	}

	@Test
	void aQueueNamedByAPolicyRuleWins() {
		var message = traffic.message(unit("fr"), "x", "Je vais porter plainte", MONDAY_MORNING);

		traffic.moderated(message.unit(), message.channel(), List.of(message.needingAnswer("fr", "complaint", 1, "Hub care")));

		awaitRouted(message.conversation());
		assertThat(queueOf(message.conversation())).isEqualTo("Hub care");
		assertThat(decisionOf(message.conversation())).containsEntry("step", "RULE");
	}

	@Test
	void withinTheChosenTeamTheFirstQueueWhoseSelectorsTakeTheConversationGetsIt() {
		var helpers = queues.named("Belgium care helpers").get(0);
		var page = new io.dandelion.channels.ChannelId(java.util.UUID.randomUUID());
		queues.create(new Queue(io.dandelion.routing.QueueId.random(), helpers.team(), helpers.unit(),
				"Belgian urgent complaints on one page", Queue.Role.TEAM, java.util.Set.of(unit("be")),
				java.util.Set.of("fr"), java.util.Set.of(page.value()), java.util.Set.of("complaint"), 1, 0, false));
		var urgent = traffic.message(page, unit("be"), "facebook", "Je porte plainte demain", MONDAY_MORNING);
		var lessUrgent = traffic.message(page, unit("be"), "facebook", "Ma facture est fausse", MONDAY_MORNING);
		var praise = traffic.message(page, unit("be"), "facebook", "Merci pour tout", MONDAY_MORNING);
		var elsewhere = traffic.message(unit("be"), "facebook", "Je porte plainte aussi", MONDAY_MORNING);

		traffic.moderated(unit("be"), page, List.of(urgent.needingAnswer("fr", "complaint", 1, null),
				lessUrgent.needingAnswer("fr", "complaint", 2, null), praise.needingAnswer("fr", "praise", 1, null)));
		traffic.moderated(unit("be"), elsewhere.channel(), List.of(elsewhere.needingAnswer("fr", "complaint", 1, null)));

		List.of(urgent, lessUrgent, praise, elsewhere).forEach(m -> awaitRouted(m.conversation()));
		assertThat(queueOf(urgent.conversation())).isEqualTo("Belgian urgent complaints on one page");
		assertThat(queueOf(lessUrgent.conversation())).as("priority 2 is above the queue's maximum")
			.isEqualTo("Belgium care helpers");
		assertThat(queueOf(praise.conversation())).as("praise is not a complaint").isEqualTo("Belgium care helpers");
		assertThat(queueOf(elsewhere.conversation())).as("another account").isEqualTo("Belgium care helpers");
	}

	@Test
	void anUndeterminedReplyInAFrenchConversationStaysFrench(ApplicationEvents events) {
		var first = traffic.message(unit("be"), "facebook", "Bonjour", MONDAY_MORNING);
		var batch = new MessagesModerated(first.channel(), first.unit(), List.of(first.needingAnswer("und", null, 4, null)));
		jdbc.sql("update conversation set language = 'fr' where id = ?").param(first.conversation().value()).update();

		var routed = transactions.execute(status -> router.route(batch));

		assertThat(routed).singleElement().satisfies(r -> {
			assertThat(r.language()).isEqualTo("fr");
			assertThat(r.step()).isEqualTo(Step.COUNTRY_HELPERS);
		});
		assertThat(events.stream(ConversationsRouted.class)).hasSize(1);
	}

	@Test
	void leavesMessagesThatNeedNoAnswerAlone(ApplicationEvents events) {
		var message = traffic.message(unit("be"), "facebook", "Nice ad", MONDAY_MORNING);
		var batch = new MessagesModerated(message.channel(), message.unit(), List.of(message.notNeedingAnswer("en")));

		List<ConversationsRouted.RoutedConversation> routed = transactions.execute(status -> router.route(batch));

		assertThat(routed).isEmpty();
		assertThat(events.stream(ConversationsRouted.class)).isEmpty();
		assertThat(count("routing_item where conversation_id = '" + message.conversation() + "'")).isZero();
	}

	@Test
	void aConversationAlreadyWaitingStaysWhereItIsAndOnlyBecomesMoreUrgent(ApplicationEvents events) {
		var first = traffic.message(unit("be"), "facebook", "Ma box ne marche plus", MONDAY_MORNING);
		transactions.execute(status -> router.route(new MessagesModerated(first.channel(), first.unit(),
				List.of(first.needingAnswer("fr", "care_request", 3, null)))));
		var again = traffic.reply(first, "Toujours rien !!!", MONDAY_MORNING.plusSeconds(600));

		var routed = transactions.execute(status -> router.route(new MessagesModerated(first.channel(), first.unit(),
				List.of(again.needingAnswer("fr", "complaint", 1, "Hub care")))));

		assertThat(routed).isEmpty();
		assertThat(queueOf(first.conversation())).isEqualTo("Belgium care helpers");
		assertThat(jdbc.sql("select priority from routing_item where conversation_id = ?")
			.param(first.conversation().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(count("routing_decision where conversation_id = '" + first.conversation() + "'")).isEqualTo(1);
		assertThat(events.stream(ConversationsRouted.class)).hasSize(1);
	}

	@Test
	void routesABatchInOneGoOneConversationEachAndRecordsEveryDecisionInTheAuditTrail(ApplicationEvents events) {
		var one = traffic.message(unit("es"), "x", "¿Dónde está mi pedido?", MONDAY_MORNING);
		var two = traffic.message(unit("es"), "x", "Hola", MONDAY_MORNING.plusSeconds(5));
		var twoAgain = traffic.reply(two, "¿Hola?", MONDAY_MORNING.plusSeconds(50));
		var batch = new MessagesModerated(one.channel(), one.unit(), List.of(one.needingAnswer("es", "care_request", 3, null),
				two.needingAnswer("es", null, 4, null), twoAgain.needingAnswer("es", "complaint", 2, null)));

		var routed = transactions.execute(status -> router.route(batch));

		assertThat(routed).extracting(r -> r.conversation()).containsExactlyInAnyOrder(one.conversation(), two.conversation());
		assertThat(routed).filteredOn(r -> r.conversation().equals(two.conversation()))
			.singleElement()
			.satisfies(r -> assertThat(r.priority()).isEqualTo(2));
		assertThat(jdbc.sql("select waiting_since from routing_item where conversation_id = ?")
			.param(two.conversation().value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(MONDAY_MORNING.plusSeconds(5));
		assertThat(events.stream(ConversationsRouted.class)).singleElement()
			.satisfies(e -> assertThat(e.conversations()).hasSize(2));
		assertThat(jdbc.sql("select subject_id from audit_entry where action = 'routing.routed'").query(String.class).list())
			.contains(one.conversation().toString(), two.conversation().toString());
	}

	private UnitId unit(String code) {
		return units.findByCode(code).orElseThrow().id();
	}

	private void awaitRouted(ConversationId conversation) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count("routing_item where conversation_id = '" + conversation + "'") == 1);
	}

	private String queueOf(ConversationId conversation) {
		return jdbc.sql("select q.name from routing_item i join routing_queue q on q.id = i.queue_id where i.conversation_id = ?")
			.param(conversation.value())
			.query(String.class)
			.single();
	}

	private Map<String, Object> decisionOf(ConversationId conversation) {
		return jdbc.sql("select step, reason from routing_decision where conversation_id = ?")
			.param(conversation.value())
			.query()
			.singleRow();
	}

	private int count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
	}
}
