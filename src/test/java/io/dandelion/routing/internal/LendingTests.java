package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole-account lending, as the channels module records it, changes who answers on the account: France
 * lends its X account to the hub's social team during an incident; new conversations go to the hub team,
 * those waiting follow, a French agent outside the hub team no longer works them while a Belgian agent
 * in it does; handed back, they are routed afresh and the Belgian agent loses sight of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LendingTests {

	static final Instant MONDAY = Instant.parse("2026-11-30T09:30:00Z");

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkItemsProbe probe;

	@Autowired
	Units units;

	@Autowired
	Traffic traffic;

	@Autowired
	Router router;

	@Autowired
	LentAccounts lentAccounts;

	@Autowired
	TransactionTemplate transactions;

	UUID hubTeam;

	ChannelId account;

	@BeforeAll
	void franceHasAnXAccountAndABelgianAgentHelpsTheHubTeam() throws Exception {
		demo.seed();
		await().until(() -> probe.count("routing_queue where name = 'France care helpers'") == 1);
		hubTeam = jdbc.sql("select id from teams where name = 'Hub social team'").query(UUID.class).single();
		String body = as("hub.admin", json(post("/api/v1/channels"), "{\"unit\": \"" + unit("fr") + "\", \"ownerTeam\": \""
				+ team("France community") + "\", \"platform\": \"x\", \"handle\": \"@acme_fr_lending\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		account = ChannelId.of(JsonPath.read(body, "$.id"));
		as("hub.admin", json(put("/api/v1/teams/" + hubTeam + "/members/" + member("be.agent")), "{\"capacity\": 5}"))
			.andExpect(status().is2xxSuccessful());
	}

	@AfterAll
	void theBelgianAgentLeavesTheHubTeam() throws Exception {
		as("hub.admin", delete("/api/v1/teams/" + hubTeam + "/members/" + member("be.agent")));
	}

	@Test
	void whileTheAccountIsLentTheBorrowingTeamAnswersOnItAndHandedBackItIsRoutedAfresh() throws Exception {
		var held = customer("Ma facture est fausse");
		var waiting = customer("Mon forfait ?");
		assertThat(probe.queueOf(waiting)).isEqualTo("France care helpers");
		as("fr.agent", post("/api/v1/conversations/" + held + "/take")).andExpect(status().isOk());

		as("fr.admin", json(post("/api/v1/channels/" + account + "/ownership"),
				"{\"team\": \"" + hubTeam + "\", \"reason\": \"outage in Paris\"}"))
			.andExpect(status().isOk());
		var fresh = customer("Allô ? Plus de réseau !");

		assertThat(probe.queueOf(fresh)).isEqualTo("Hub social team");
		assertThat(probe.lastDecision(fresh)).isEqualTo("LENT_CHANNEL: the account is lent to Hub social team, which answers on it");
		// the lending's event moves what already waits at once, without waiting for the 30-second sweep
		awaitLendingFollowed(1);
		assertThat(probe.queueOf(waiting)).isEqualTo("Hub social team");
		assertThat(probe.queueOf(held)).isEqualTo("Hub social team");
		assertThat(probe.state(held)).as("the French agent may no longer answer on the account").isEqualTo("QUEUED");

		as("fr.agent", post("/api/v1/conversations/" + fresh + "/take")).andExpect(status().isForbidden());
		as("be.agent", post("/api/v1/conversations/" + fresh + "/take")).andExpect(status().isOk());
		as("fr.admin", post("/api/v1/conversations/" + waiting + "/take")).andExpect(status().isOk());
		assertThat(lentAccounts.follow()).as("those holding them now may work them").isZero();

		as("fr.admin", delete("/api/v1/channels/" + account + "/ownership")).andExpect(status().isOk());
		awaitLendingFollowed(2);
		assertThat(lentAccounts.follow()).as("the handing back's event moved them already").isZero();

		assertThat(probe.queueOf(fresh)).isEqualTo("France care helpers");
		assertThat(probe.lastDecision(fresh)).startsWith("COUNTRY_HELPERS: the account was handed back; ");
		assertThat(probe.state(fresh)).as("the Belgian agent may not work France's conversations").isEqualTo("QUEUED");
		assertThat(probe.state(waiting)).as("France's admin still may").isEqualTo("ASSIGNED");
		as("be.agent", post("/api/v1/conversations/" + held + "/take")).andExpect(status().isNotFound());
		as("fr.agent", post("/api/v1/conversations/" + held + "/take")).andExpect(status().isOk());
		assertThat(probe.count("audit_entry where action = 'routing.rerouted' and subject_id = '" + fresh + "'")).isEqualTo(1);
	}

	/** Waits until routing has handled {@code count} lendings or handings back of accounts (Spring Modulith's registry). */
	private void awaitLendingFollowed(int count) {
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> probe.count("event_publication where event_type like '%ChannelLendingChanged' "
					+ "and listener_id like '%LentAccounts%' and completion_date is not null") >= count);
	}

	private ConversationId customer(String text) {
		var message = traffic.message(account, unit("fr"), "x", text, MONDAY);
		transactions.executeWithoutResult(status -> router.route(new MessagesModerated(account, message.unit(),
				List.of(message.needingAnswer("fr", "complaint", 3, null)))));
		return message.conversation();
	}

	private UnitId unit(String code) {
		return units.findByCode(code).orElseThrow().id();
	}

	private UUID team(String name) {
		return jdbc.sql("select id from teams where name = ?").param(name).query(UUID.class).single();
	}

	private UUID member(String username) {
		return jdbc.sql("select id from members where username = ?").param(username).query(UUID.class).single();
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
