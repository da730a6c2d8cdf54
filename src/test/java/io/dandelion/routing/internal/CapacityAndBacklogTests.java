package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.QueueId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agent in two teams and the order in which a backlog is worked. The only Italian speaker, Giulia,
 * helps France's care helpers (capacity 8) and its business unit's (capacity 3); the conversations here
 * are Italian so that nobody else takes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityAndBacklogTests {

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AutoAssigner autoAssigner;

	@Autowired
	QueueWork work;

	@Autowired
	Queues queues;

	@Autowired
	MemberDirectory directory;

	UUID giulia;

	@BeforeAll
	void giuliaHelpsTwoFrenchTeams() throws Exception {
		demo.seed();
		await().until(() -> jdbc.sql("select count(*) from routing_queue where name = 'Business care helpers'")
			.query(Integer.class)
			.single() == 1);
		String body = as("hub.admin", json(post("/api/v1/members"), "{\"username\": \"fr.italian\", \"displayName\": "
				+ "\"Giulia Italiana\", \"homeUnit\": \"" + unit("fr") + "\", \"languages\": [{\"language\": \"it\", "
				+ "\"level\": \"NATIVE\"}]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		giulia = UUID.fromString(JsonPath.read(body, "$.id"));
		as("hub.admin", json(post("/api/v1/members/" + giulia + "/grants"), "{\"role\": \"AGENT\", \"unit\": \"" + unit("fr") + "\"}"))
			.andExpect(status().isCreated());
		joins("France care helpers", 8);
		joins("Business care helpers", 3);
		as("fr.italian", json(put("/api/v1/presence"), "{\"presence\": \"online\"}")).andExpect(status().isOk());
	}

	@Test
	void anAgentInTwoTeamsHoldsUpToTheirCapacityInEachAndTheirLargestInAllOldestBreachFirst() {
		for (int i = 0; i < 2; i++) {
			waiting("France care helpers", "fr", 3, null);
		}
		for (int i = 0; i < 6; i++) {
			waiting("Business care helpers", "fr-business", 3, null);
		}

		autoAssigner.assignWaiting();

		assertThat(held("Business care helpers")).as("capacity 3 in the business unit's team").isEqualTo(3);
		assertThat(held("France care helpers")).as("the business unit's work does not use up France's").isEqualTo(2);

		List<ConversationId> breached = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			waiting("France care helpers", "fr", 1, null);
		}
		breached.add(waiting("France care helpers", "fr", 5, "3 hours"));
		breached.add(waiting("France care helpers", "fr", 5, "2 hours"));
		breached.add(waiting("France care helpers", "fr", 5, "1 hour"));
		waiting("France care helpers", "fr", 5, "-1 hour");

		autoAssigner.assignWaiting();

		assertThat(held("France care helpers") + held("Business care helpers"))
			.as("8, the largest of her capacities, in all").isEqualTo(8);
		assertThat(jdbc.sql("select conversation_id from routing_item i join routing_queue q on q.id = i.queue_id "
				+ "where q.name = 'France care helpers' and i.assignee = ? and i.due_at is not null")
			.param(giulia)
			.query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
			.list()).as("the longest breached first, before more urgent ones with no deadline")
			.containsExactlyInAnyOrderElementsOf(breached);
	}

	@Test
	void pullingTakesTheOldestBreachFirstThenTheMostUrgentThenTheLongestWaiting() {
		Queue queue = queues.create(new Queue(QueueId.random(), team("France community"), UnitId.of(unit("fr")),
				"Backlog order", Queue.Role.TEAM, Set.of(), Set.of("it"), Set.of(), Set.of(), null, 200, false));
		ConversationId dueSoon = waitingIn(queue.id(), "fr", 1, "-1 hour");
		ConversationId noDeadline = waitingIn(queue.id(), "fr", 1, null);
		ConversationId breachedLongAgo = waitingIn(queue.id(), "fr", 5, "2 hours");
		ConversationId breachedLately = waitingIn(queue.id(), "fr", 4, "1 hour");
		var admin = directory.scopeOf(directory.findByUsername("fr.admin").orElseThrow().id());

		List<ConversationId> taken = new ArrayList<>();
		work.takeNext(admin, queue.id()).ifPresent(i -> taken.add(i.conversation()));
		work.takeNext(admin, queue.id()).ifPresent(i -> taken.add(i.conversation()));
		work.takeNext(admin, queue.id()).ifPresent(i -> taken.add(i.conversation()));
		work.takeNext(admin, queue.id()).ifPresent(i -> taken.add(i.conversation()));

		assertThat(taken).containsExactly(breachedLongAgo, breachedLately, dueSoon, noDeadline);
	}

	private void joins(String team, int capacity) throws Exception {
		as("hub.admin", json(put("/api/v1/teams/" + team(team).value() + "/members/" + giulia),
				"{\"capacity\": " + capacity + "}"))
			.andExpect(status().is2xxSuccessful());
	}

	private ConversationId waiting(String queue, String unitCode, int priority, @Nullable String breachedFor) {
		return waitingIn(new QueueId(jdbc.sql("select id from routing_queue where name = ?").param(queue).query(UUID.class)
			.single()), unitCode, priority, breachedFor);
	}

	/** An Italian conversation waiting in the queue, due {@code breachedFor} ago (a negative interval: ahead). */
	private ConversationId waitingIn(QueueId queue, String unitCode, int priority, @Nullable String breachedFor) {
		var conversation = new ConversationId(UUID.randomUUID());
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since, due_at)
				select ?, ?, u.id, gen_random_uuid(), 'facebook', 'it', ?, 'QUEUED', now(), now() - ?::interval
				from units u where u.code = ?""")
			.params(conversation.value(), queue.value(), priority, breachedFor, unitCode)
			.update();
		return conversation;
	}

	private int held(String queue) {
		return jdbc.sql("select count(*) from routing_item i join routing_queue q on q.id = i.queue_id "
				+ "where q.name = ? and i.assignee = ? and i.state = 'ASSIGNED'")
			.params(queue, giulia)
			.query(Integer.class)
			.single();
	}

	private String unit(String code) {
		return jdbc.sql("select id from units where code = ?").param(code).query(UUID.class).single().toString();
	}

	private TeamId team(String name) {
		return new TeamId(jdbc.sql("select id from teams where name = ?").param(name).query(UUID.class).single());
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
