package io.dandelion.routing.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.DemoOrganisationForTests;
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

/** The queue board for team leads, in English and French, scoped like the queues API, names escaped. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrganisationForTests demo;

	@BeforeAll
	void franceHasWorkWaitingAndAnAgentOnline() throws Exception {
		demo.seed();
		org.awaitility.Awaitility.await()
			.until(() -> jdbc.sql("select count(*) from routing_queue where name = 'France care helpers'")
				.query(Integer.class)
				.single() == 1);
		jdbc.sql("""
				insert into routing_queue (id, team_id, unit_id, name, units)
				select gen_random_uuid(), t.id, t.unit_id, '<b>Night</b> shift', array[t.unit_id]
				from teams t where t.name = 'France community'""").update();
		jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, priority,
				                          state, waiting_since, due_at)
				select gen_random_uuid(), q.id, q.unit_id, gen_random_uuid(), 'x', 'fr', 3, 'QUEUED',
				       now() - interval '2 days 3 hours', now() - interval '1 hour'
				from routing_queue q where q.name = '<b>Night</b> shift'""").update();
		as("fr.agent", json(put("/api/v1/presence"), "{\"presence\": \"online\"}")).andExpect(status().isOk());
	}

	@Test
	void aFrenchTeamLeadSeesTheirQueuesHowLongTheOldestWaitsAndWhoIsOnline() throws Exception {
		as("fr.admin", get("/queues?lang=en")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Queues</h1>"), containsString("France care helpers"),
					containsString("&lt;b&gt;Night&lt;/b&gt; shift"), not(containsString("<b>Night</b>")),
					containsString("2 d 3 h"), containsString("Fatou Agent"), containsString("online"),
					not(containsString("Spain care helpers")), not(containsString("Sofía Agent")))))
			.andExpect(content().string(matchesPattern("(?s).*Fatou Agent</th>\\s*<td><span class=\"badge presence-online\">.*")));
	}

	@Test
	void theBoardSpeaksFrench() throws Exception {
		as("fr.admin", get("/queues?lang=fr")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Files d'attente"), containsString("2 j 3 h"),
					containsString("en ligne"), containsString("Hors délai SLA"))));
	}

	@Test
	void theBoardAloneIsFetchedAgainWithoutThePage() throws Exception {
		as("fr.admin", get("/queues/board")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("France care helpers"), not(containsString("<html")))));
	}

	@Test
	void aBelgianAgentSeesOnlyTheirOwnTeam() throws Exception {
		as("be.agent", get("/queues")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Belgium care helpers"), containsString("Bram Agent"),
					not(containsString("France care helpers")), not(containsString("Fatou Agent")))));
	}

	@Test
	void someoneWhoReadsNoConversationsIsNotShownTheBoard() throws Exception {
		as("site.editor", get("/queues")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No queue is visible to you."),
					not(containsString("Belgium care helpers")))));
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
