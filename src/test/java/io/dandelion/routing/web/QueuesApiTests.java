package io.dandelion.routing.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.DemoOrganisationForTests;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/v1/queues} for the demo's agents, admins and analyst: scoped lists and taking work. The lists
 * are checked first, while all three conversations still wait.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueuesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrganisationForTests demo;

	UUID belgium;

	UUID france;

	@BeforeAll
	void acmeTelecomWithWork() {
		demo.seed();
		org.awaitility.Awaitility.await()
			.until(() -> jdbc.sql("select count(*) from routing_queue where name = 'Belgium care helpers'")
				.query(Integer.class)
				.single() == 1);
		belgium = queue("Belgium care helpers");
		france = queue("France care helpers");
		waiting(belgium, "be", "fr", 2, "2026-11-30T08:00:00Z");
		waiting(belgium, "be", "nl", 1, "2026-11-30T09:00:00Z");
		waiting(france, "fr", "fr", 3, "2026-11-30T07:00:00Z");
	}

	@Test
	@Order(1)
	void anAgentSeesTheirTeamsQueueWithItsCountsButNotOtherCountries() throws Exception {
		as("be.agent", get("/api/v1/queues")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Belgium care helpers')].waiting").value(hasItem(2)))
			.andExpect(jsonPath("$[*].name").value(not(hasItem("France care helpers"))))
			.andExpect(jsonPath("$[*].name").value(not(hasItem("Hub care"))));
	}

	@Test
	@Order(1)
	void theHubAdminSeesEveryQueue() throws Exception {
		as("hub.admin", get("/api/v1/queues")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(hasItem("France care helpers")))
			.andExpect(jsonPath("$[*].name").value(hasItem("Hub care")))
			.andExpect(jsonPath("$[*].name").value(hasItem("Triage")));
	}

	@Test
	void anAgentTakesTheMostUrgentWaitingConversationThenNothingIsLeftForThem() throws Exception {
		as("be.agent", post("/api/v1/queues/" + belgium + "/next")).andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("nl"))
			.andExpect(jsonPath("$.state").value("ASSIGNED"));
		as("be.agent", post("/api/v1/queues/" + belgium + "/next")).andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("fr"));
		as("be.agent", post("/api/v1/queues/" + belgium + "/next")).andExpect(status().isNoContent());
		as("be.agent", get("/api/v1/queues"))
			.andExpect(jsonPath("$[?(@.name == 'Belgium care helpers')].assigned").value(hasItem(2)));
	}

	@Test
	void aQueueOutsideTheCallersScopeDoesNotExistForThem() throws Exception {
		as("be.agent", post("/api/v1/queues/" + france + "/next")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("no queue " + france));
	}

	@Test
	void readingIsNotWorking() throws Exception {
		as("analyst", post("/api/v1/queues/" + france + "/next")).andExpect(status().isForbidden());
	}

	@Test
	void aBadQueueIdIsABadRequest() throws Exception {
		as("be.agent", post("/api/v1/queues/not-a-queue/next")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("not a valid queue id: not-a-queue"));
	}

	private UUID queue(String name) {
		return jdbc.sql("select id from routing_queue where name = ?").param(name).query(UUID.class).single();
	}

	private void waiting(UUID queue, String unitCode, String language, int priority, String since) {
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since)
				select gen_random_uuid(), ?, u.id, gen_random_uuid(), 'facebook', ?, ?, 'QUEUED', ?::timestamptz
				from units u where u.code = ?""")
			.params(queue, language, priority, since, unitCode)
			.update();
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}
}
