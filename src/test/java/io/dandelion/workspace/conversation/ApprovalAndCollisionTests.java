package io.dandelion.workspace.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.support.PipelineQuiet;
import io.dandelion.workspace.TestScope;
import io.dandelion.workspace.TestTraffic;
import io.dandelion.workspace.WorkspaceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Replies an agency writes on a hub account wait for a reviewer; a second answer to one message needs confirmation. */
@WorkspaceTest
class ApprovalAndCollisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentAccess access;

	@Autowired
	ChannelActions actions;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	final UnitId hub = UnitId.random();
	final UnitId france = UnitId.random();
	final AtomicInteger sent = new AtomicInteger();
	TestTraffic traffic;

	final TestScope agency = TestScope.agencyAgent("agency.agent",
			new ContractLimits(AgencyId.random(), Set.of(hub, france), Set.of(), Set.of(), false));
	final TestScope hubCommunity = TestScope.communityManagerOf("hub.community", hub);

	@BeforeEach
	void aHubAndACountry(@Autowired Channels channels, @Autowired ItemSink sink, @Autowired Units units) {
		traffic = new TestTraffic(channels, sink);
		willReturn(Optional.of(new UnitSummary(hub, "acme-" + hub.value(), "Acme", UnitKind.GROUP, null, "Europe/London",
				List.of("en"), null))).given(units).find(hub);
		given(actions.capabilities(any())).willReturn(EnumSet.allOf(ChannelActions.Capability.class));
		given(actions.reply(any(), any(), any(), any()))
			.willAnswer(call -> new ChannelActions.SentReply("out-" + sent.incrementAndGet() + "-" + UUID.randomUUID(),
					Instant.now()));
	}

	@Test
	void anAgencyReplyOnAHubAccountWaitsForAReviewerWhoApprovesItThenItIsSent(@Autowired DataSource dataSource)
			throws Exception {
		ChannelSummary hubX = traffic.channel(hub, "x", "@acme");
		String conversation = conversationOf(traffic.comment(hubX, "Sam Smith", "Your service is down again"), dataSource);

		as(agency, post(conversation, "/reply").param("text", "We are looking into it, sorry.")).andExpect(status().is3xxRedirection());
		verify(actions, never()).reply(any(), any(), any(), any());
		UUID held = jdbc.sql("select id from workspace_held_reply where conversation_id = ?::uuid and status = 'HELD'")
			.param(conversation)
			.query(UUID.class)
			.single();
		verify(audit).record(argThat(e -> e.action().equals("conversation.reply-held") && hub.equals(e.unit())));
		as(agency, get("/workspace/conversations/" + conversation)).andExpect(content().string(containsString("waiting for approval")))
			.andExpect(content().string(not(containsString("Approve and send"))));
		as(agency, post(conversation, "/held-replies/" + held + "/approve")).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("reviewed by someone else who runs the account")));

		as(hubCommunity, get("/workspace/approvals")).andExpect(content().string(containsString("We are looking into it, sorry.")));
		as(hubCommunity, post(conversation, "/held-replies/" + held + "/approve")).andExpect(status().is3xxRedirection());
		verify(actions).reply(any(), any(), any(), argThat("We are looking into it, sorry."::equals));
		assertThat(jdbc.sql("select status || ' ' || reviewer from workspace_held_reply where id = ?").param(held).query(String.class).single())
			.isEqualTo("SENT hub.community");
		assertThat(jdbc.sql("select count(*) from message where direction = 'OUTBOUND' and conversation_id = ?::uuid")
			.param(conversation)
			.query(Integer.class)
			.single()).isEqualTo(1);
		verify(audit).record(argThat(e -> e.action().equals("conversation.reply-approved") && e.actor().equals("hub.community")));
		as(hubCommunity, post(conversation, "/held-replies/" + held + "/approve")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("this reply was approved or rejected already")));
	}

	@Test
	void aRejectedReplyIsNeverSentAndTheAuthorSeesWhy(@Autowired DataSource dataSource) throws Exception {
		ChannelSummary hubX = traffic.channel(hub, "x", "@acme");
		String conversation = conversationOf(traffic.comment(hubX, "Sam Smith", "Refund me now"), dataSource);
		as(agency, post(conversation, "/reply").param("text", "No refunds, sorry.")).andExpect(status().is3xxRedirection());
		UUID held = jdbc.sql("select id from workspace_held_reply where conversation_id = ?::uuid").param(conversation).query(UUID.class).single();

		as(hubCommunity, post(conversation, "/held-replies/" + held + "/reject").param("note", ""))
			.andExpect(status().isBadRequest());
		as(hubCommunity, post(conversation, "/held-replies/" + held + "/reject").param("note", "We do refund within 14 days"))
			.andExpect(status().is3xxRedirection());

		verify(actions, never()).reply(any(), any(), any(), any());
		as(agency, get("/workspace/conversations/" + conversation)).andExpect(content().string(containsString("rejected")))
			.andExpect(content().string(containsString("We do refund within 14 days")));
		verify(audit).record(argThat(e -> e.action().equals("conversation.reply-rejected")));
	}

	@Test
	void anAgencyReplyOnACountryAccountGoesStraightOut(@Autowired DataSource dataSource) throws Exception {
		ChannelSummary frenchX = traffic.channel(france, "x", "@acme_fr");
		String conversation = conversationOf(traffic.comment(frenchX, "Jeanne", "Ma box est en panne"), dataSource);
		as(agency, post(conversation, "/reply").param("text", "On regarde.")).andExpect(status().is3xxRedirection());
		verify(actions).reply(any(), any(), any(), argThat("On regarde."::equals));
		assertThat(jdbc.sql("select count(*) from workspace_held_reply where conversation_id = ?::uuid").param(conversation)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theHubSetsWhichRepliesNeedApprovalOnWhichAccountsAndEveryChangeIsAudited(@Autowired DataSource dataSource,
			@Autowired Units units) throws Exception {
		willReturn(Optional.of(new UnitSummary(france, "fr-" + france.value(), "France", UnitKind.COUNTRY, hub,
				"Europe/Paris", List.of("fr"), null))).given(units).find(france);
		var hubAdmin = TestScope.hubAdmin("hub.admin", hub, france);
		String rules = "/api/v1/workspace/approval-rules";
		String franceRule = "{\"name\": \"Agency replies in France\", \"senders\": \"agency\", \"accounts\": \"unit\", "
				+ "\"unit\": \"" + france + "\"}";
		as(hubCommunity, json(MockMvcRequestBuilders.get(rules))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Agency replies on hub accounts")));

		as(hubCommunity, json(MockMvcRequestBuilders.post(rules)).content(franceRule)).andExpect(status().isForbidden());
		as(hubAdmin, json(MockMvcRequestBuilders.post(rules)).content("{\"name\": \"x\", \"senders\": \"agency\", "
				+ "\"accounts\": \"moon\"}")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("'accounts' is one of [hub, unit, subtree], not moon")));
		as(hubAdmin, json(MockMvcRequestBuilders.post(rules)).content("{\"name\": \"x\", \"senders\": \"everyone\", "
				+ "\"accounts\": \"subtree\"}")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("a rule on a unit's accounts names the unit")));
		String id = com.jayway.jsonpath.JsonPath.read(as(hubAdmin, json(MockMvcRequestBuilders.post(rules)).content(franceRule))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		verify(audit).record(argThat(e -> e.action().equals("workspace.approval-rule-created") && id.equals(e.subjectId())));
		try {
			ChannelSummary frenchX = traffic.channel(france, "x", "@acme_fr");
			String held = conversationOf(traffic.comment(frenchX, "Jeanne", "Mon forfait a doublé"), dataSource);
			as(agency, post(held, "/reply").param("text", "Nous vérifions.")).andExpect(status().is3xxRedirection());
			verify(actions, never()).reply(any(), any(), any(), argThat("Nous vérifions."::equals));
			assertThat(jdbc.sql("select reason from workspace_held_reply where conversation_id = ?::uuid").param(held)
				.query(String.class)
				.single()).contains("Agency replies in France");
			as(TestScope.agentOf("fr.agent", france), post(conversationOf(traffic.comment(frenchX, "Paul", "Panne"),
					dataSource), "/reply").param("text", "Un instant."))
				.andExpect(status().is3xxRedirection());
			verify(actions).reply(any(), any(), any(), argThat("Un instant."::equals));

			as(hubCommunity, MockMvcRequestBuilders.delete(rules + "/" + id)).andExpect(status().isForbidden());
		}
		finally {
			as(hubAdmin, MockMvcRequestBuilders.delete(rules + "/" + id)).andExpect(status().isNoContent());
		}
		verify(audit).record(argThat(e -> e.action().equals("workspace.approval-rule-deleted") && id.equals(e.subjectId())));
		as(hubAdmin, MockMvcRequestBuilders.delete(rules + "/" + id)).andExpect(status().isNotFound());
		ChannelSummary frenchX = traffic.channel(france, "x", "@acme_fr");
		as(agency, post(conversationOf(traffic.comment(frenchX, "Luc", "Facture"), dataSource), "/reply")
			.param("text", "C'est corrigé.")).andExpect(status().is3xxRedirection());
		verify(actions).reply(any(), any(), any(), argThat("C'est corrigé."::equals));
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.paths['/api/v1/workspace/approval-rules'].post")
				.exists())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.paths['/api/v1/workspace/approval-rules/{id}'].delete")
				.exists());
	}

	@Test
	void aSecondAnswerToTheSameMessageShowsTheFirstAndNeedsConfirmation(@Autowired DataSource dataSource) throws Exception {
		ChannelSummary frenchX = traffic.channel(france, "x", "@acme_fr");
		String conversation = conversationOf(traffic.comment(frenchX, "Jeanne", "Toujours en panne"), dataSource);
		TestScope first = TestScope.agentOf("fr.agent", france);
		TestScope second = TestScope.agentOf("fr.colleague", france);

		as(first, post(conversation, "/reply").param("text", "Un technicien passe demain.")).andExpect(status().is3xxRedirection());
		as(second, post(conversation, "/reply").param("text", "Nous regardons votre ligne."))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("fr.agent already answered this message")))
			.andExpect(content().string(containsString("Un technicien passe demain.")))
			.andExpect(content().string(containsString("name=\"seen\"")));
		verify(actions, times(1)).reply(any(), any(), any(), any());

		String claim = jdbc.sql("select r.id::text from reply_claim r join message m on m.id = r.inbound_message_id "
				+ "where m.conversation_id = ?::uuid").param(conversation).query(String.class).single();
		as(second, post(conversation, "/reply").param("text", "Nous regardons votre ligne.").param("seen", claim))
			.andExpect(status().is3xxRedirection());
		verify(actions, times(2)).reply(any(), any(), any(), any());
	}

	private String conversationOf(String root, DataSource dataSource) {
		String conversation = jdbc.sql("select id::text from conversation where root_external_id = ?")
			.param(root)
			.query(String.class)
			.single();
		PipelineQuiet.await(dataSource, Duration.ofSeconds(20));
		return conversation;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		return request.contentType(org.springframework.http.MediaType.APPLICATION_JSON);
	}

	private ResultActions as(io.dandelion.organisation.AccessScope scope,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		given(access.get()).willReturn(scope);
		return mvc.perform(request.with(csrf()));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(String conversation,
			String path) {
		return MockMvcRequestBuilders.post("/workspace/conversations/" + conversation + path);
	}
}
