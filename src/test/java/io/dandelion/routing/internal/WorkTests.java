package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import io.dandelion.routing.AgentLoad.Presence;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Auto-assignment, presence, absent agents' work, and ownership moves, on the demo organisation. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkTests {

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkItemsProbe probe;

	@Autowired
	MemberDirectory directory;

	@Autowired
	Units units;

	@Autowired
	Teams teams;

	@Autowired
	AutoAssigner autoAssigner;

	@Autowired
	AbsentWork absentWork;

	@Autowired
	Presences presences;

	@Autowired
	Ownership ownership;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
		await().until(() -> jdbc.sql("select count(*) from routing_queue where name = 'Poland care helpers'")
			.query(Integer.class)
			.single() == 1);
	}

	@Test
	void autoAssignmentGivesWorkOnlyToOnlineAgentsWhoSpeakTheLanguageUpToTheirCapacity() {
		for (int i = 0; i < 10; i++) {
			waiting("Poland care helpers", "pl", "pl", 3);
		}
		ConversationId german = waiting("Poland care helpers", "pl", "de", 1);
		MemberId agent = member("pl.agent");

		autoAssigner.assignWaiting();
		assertThat(heldBy(agent)).as("offline agents get nothing").isZero();

		presences.set(scope("pl.agent"), Presence.ONLINE);
		autoAssigner.assignWaiting();

		await().atMost(Duration.ofSeconds(30)).until(() -> heldBy(agent) == 8);
		assertThat(probe.state(german)).as("nobody in the team speaks German").isEqualTo("QUEUED");
		assertThat(probe.count("routing_item i join routing_queue q on q.id = i.queue_id "
				+ "where q.name = 'Poland care helpers' and i.state = 'QUEUED'")).isEqualTo(3);
		assertThat(probe.count("routing_assignment where member_id = '" + agent + "' and how = 'AUTO'")).isEqualTo(8);
	}

	@Test
	void anAbsentAgentsWorkGoesBackToTheQueueAfterTheConfiguredTime() {
		MemberId agent = member("de.agent");
		ConversationId longAgo = held("Germany care helpers", "de", agent, "1 hour");
		presences.set(scope("de.agent"), Presence.AWAY);
		jdbc.sql("update agent_presence set since = now() - interval '1 hour' where member_id = ?")
			.param(agent.value())
			.update();
		MemberId eg = member("eg.agent");
		ConversationId justNow = held("Egypt care helpers", "eg", eg, "1 hour");
		presences.set(scope("eg.agent"), Presence.AWAY);

		absentWork.returnAbsentWork();

		assertThat(probe.state(longAgo)).isEqualTo("QUEUED");
		assertThat(probe.count("routing_assignment where conversation_id = '" + longAgo + "' and ended_how = 'RETURNED'"))
			.isEqualTo(1);
		assertThat(probe.state(justNow)).as("away for less than 15 minutes").isEqualTo("ASSIGNED");
	}

	@Test
	void anAgentTakesFromTheQueueButNotFromAnOnlineColleagueWhileTheirUnitAdminCan() {
		ConversationId conversation = waiting("France care helpers", "fr", "fr", 3);
		ownership.take(scope("fr.agent"), conversation);
		presences.set(scope("fr.agent"), Presence.ONLINE);

		assertThat(holder(conversation)).isEqualTo(member("fr.agent"));
		assertThatThrownBy(() -> ownership.take(scope("fr.community"), conversation))
			.isInstanceOf(QueueWork.NotAllowedException.class);

		ownership.take(scope("fr.admin"), conversation);

		assertThat(holder(conversation)).isEqualTo(member("fr.admin"));
		assertThat(probe.count("routing_assignment where conversation_id = '" + conversation + "' and ended_how = 'TAKEN_OVER'"))
			.isEqualTo(1);
	}

	@Test
	void theHolderHandsAConversationToAColleagueOrATeamWithANote() {
		ConversationId conversation = waiting("France care helpers", "fr", "fr", 3);
		ownership.take(scope("fr.agent"), conversation);

		ownership.handToMember(scope("fr.agent"), conversation, member("fr.community"), "she knows this customer");

		assertThat(holder(conversation)).isEqualTo(member("fr.community"));
		assertThat(jdbc.sql("select note from routing_assignment where conversation_id = ? and ended_at is null")
			.param(conversation.value())
			.query(String.class)
			.single()).isEqualTo("she knows this customer");

		var community = teams.ofUnit(units.findByCode("fr").orElseThrow().id())
			.stream()
			.filter(t -> t.name().equals("France community"))
			.findFirst()
			.orElseThrow();
		ownership.handToTeam(scope("fr.community"), conversation, community.id(), "a question about our posts");

		assertThat(probe.state(conversation)).isEqualTo("QUEUED");
		assertThat(probe.queueOf(conversation)).isEqualTo("France community");
		assertThat(probe.lastDecision(conversation)).isEqualTo("HANDED_OFF: a question about our posts");
	}

	@Test
	void onlyTheHolderOrAUnitAdminHandsOff() {
		ConversationId conversation = waiting("France care helpers", "fr", "fr", 3);
		ownership.take(scope("fr.agent"), conversation);

		assertThatThrownBy(
				() -> ownership.handToMember(scope("fr.community"), conversation, member("fr.community"), "mine now"))
			.isInstanceOf(QueueWork.NotAllowedException.class);
		assertThatThrownBy(() -> ownership.handToMember(scope("fr.agent"), conversation, member("es.agent"), "¿sí?"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("cannot work conversations of this unit");
	}

	@Test
	void escalatesToTheHubOrTheCountryHelpersWithAReason() {
		ConversationId conversation = waiting("Triage", "be", "fr", 2);

		ownership.escalate(scope("be.agent"), conversation, Ownership.Escalation.COUNTRY_HELPERS, null,
				"French after all");
		assertThat(probe.queueOf(conversation)).isEqualTo("Belgium care helpers");

		ownership.escalate(scope("be.agent"), conversation, Ownership.Escalation.HUB, null, "threatens to sue");
		assertThat(probe.queueOf(conversation)).isEqualTo("Hub care");
		assertThat(probe.lastDecision(conversation)).isEqualTo("ESCALATED: threatens to sue");

		assertThatThrownBy(() -> ownership.escalate(scope("be.agent"), conversation, Ownership.Escalation.HUB, null, " "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("reason");
	}

	@Test
	void escalatesToANamedTeamWithAReason() {
		ConversationId conversation = waiting("Belgium care helpers", "be", "nl", 2);
		var editors = teams.ofUnit(units.findByCode("be").orElseThrow().id())
			.stream()
			.filter(t -> t.name().equals("Belgium community"))
			.findFirst()
			.orElseThrow();

		ownership.escalate(scope("be.agent"), conversation, Ownership.Escalation.TEAM, editors.id(),
				"the customer quotes our post wrongly");

		assertThat(probe.queueOf(conversation)).isEqualTo("Belgium community");
		assertThat(probe.lastDecision(conversation)).isEqualTo("ESCALATED: the customer quotes our post wrongly");
	}

	@Test
	void aConversationOfAnotherCountryDoesNotExistForTheAgent() {
		ConversationId spanish = waiting("Spain care helpers", "es", "es", 3);

		assertThatThrownBy(() -> ownership.take(scope("fr.agent"), spanish))
			.isInstanceOf(Ownership.UnknownConversationException.class);
		assertThatThrownBy(() -> ownership.take(scope("analyst"), spanish))
			.isInstanceOf(QueueWork.NotAllowedException.class);
	}

	private ConversationId waiting(String queue, String unitCode, String language, int priority) {
		var conversation = new ConversationId(UUID.randomUUID());
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since)
				select ?, q.id, u.id, gen_random_uuid(), 'facebook', ?, ?, 'QUEUED', now()
				from routing_queue q, units u where q.name = ? and u.code = ?""")
			.params(conversation.value(), language, priority, queue, unitCode)
			.update();
		return conversation;
	}

	private ConversationId held(String queue, String unitCode, MemberId agent, String since) {
		ConversationId conversation = waiting(queue, unitCode, unitCode.equals("eg") ? "ar" : unitCode, 3);
		jdbc.sql("update routing_item set state = 'ASSIGNED', assignee = ?, assigned_at = now() - ?::interval "
				+ "where conversation_id = ?")
			.params(agent.value(), since, conversation.value())
			.update();
		jdbc.sql("insert into routing_assignment (id, conversation_id, member_id, queue_id, how) "
				+ "select gen_random_uuid(), conversation_id, assignee, queue_id, 'PULLED' from routing_item where conversation_id = ?")
			.param(conversation.value())
			.update();
		return conversation;
	}

	private AccessScope scope(String username) {
		return directory.scopeOf(member(username));
	}

	private MemberId member(String username) {
		return directory.findByUsername(username).orElseThrow().id();
	}

	private int heldBy(MemberId agent) {
		return probe.count("routing_item where state = 'ASSIGNED' and assignee = '" + agent + "'");
	}

	private MemberId holder(ConversationId conversation) {
		return new MemberId(jdbc.sql("select assignee from routing_item where conversation_id = ?")
			.param(conversation.value())
			.query(UUID.class)
			.single());
	}

}
