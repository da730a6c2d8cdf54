package io.dandelion.routing.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.DemoOrganisationForTests;
import java.util.UUID;
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

/** Taking, handing off and escalating conversations, and presence, over REST. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrganisationForTests demo;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
		org.awaitility.Awaitility.await()
			.until(() -> jdbc.sql("select count(*) from routing_queue where role = 'HUB'").query(Integer.class).single() == 1);
	}

	@Test
	void anAgentTakesAConversationThenEscalatesItToTheHubWithAReason() throws Exception {
		UUID conversation = waiting("Spain care helpers", "es", "es");

		as("es.agent", post("/api/v1/conversations/" + conversation + "/take")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ASSIGNED"));
		as("es.agent", json(post("/api/v1/conversations/" + conversation + "/escalate"),
				"{\"to\": \"hub\", \"reason\": \"press enquiry\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("QUEUED"));
	}

	@Test
	void refusalsSayWhy() throws Exception {
		UUID conversation = waiting("Spain care helpers", "es", "es");

		as("fr.agent", post("/api/v1/conversations/" + conversation + "/take")).andExpect(status().isNotFound());
		as("analyst", post("/api/v1/conversations/" + conversation + "/take")).andExpect(status().isForbidden());
		as("es.agent", json(post("/api/v1/conversations/" + conversation + "/escalate"), "{\"to\": \"moon\", \"reason\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("'to' must be one of [country_helpers, hub, team], not moon"));
		as("es.agent", json(post("/api/v1/conversations/" + conversation + "/hand-off"), "{\"note\": \"for you\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("name exactly one of 'member' or 'team'"));
	}

	@Test
	void readersWhoMayNotWorkAConversationAreRefusedWith403WhereverTheirGrantLies() throws Exception {
		UUID french = waiting("France care helpers", "fr", "fr");

		as("analyst", post("/api/v1/conversations/" + french + "/take")).andExpect(status().isForbidden());
		as("fr.moderator", post("/api/v1/conversations/" + french + "/take")).andExpect(status().isForbidden());
		as("es.agent", post("/api/v1/conversations/" + french + "/take")).andExpect(status().isNotFound());
	}

	@Test
	void anAgentSaysTheyAreAway() throws Exception {
		as("de.agent", get("/api/v1/presence")).andExpect(jsonPath("$.presence").value("OFFLINE"));
		as("de.agent", json(put("/api/v1/presence"), "{\"presence\": \"away\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.presence").value("AWAY"));
		as("de.agent", get("/api/v1/presence")).andExpect(jsonPath("$.presence").value("AWAY"));
	}

	private UUID waiting(String queue, String unitCode, String language) {
		UUID conversation = UUID.randomUUID();
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since)
				select ?, q.id, u.id, gen_random_uuid(), 'x', ?, 3, 'QUEUED', now()
				from routing_queue q, units u where q.name = ? and u.code = ?""")
			.params(conversation, language, queue, unitCode)
			.update();
		return conversation;
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
