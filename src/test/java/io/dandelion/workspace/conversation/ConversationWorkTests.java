package io.dandelion.workspace.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.conversations.ContactId;
import io.dandelion.conversations.Customers;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.MemberAccount;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import io.dandelion.support.PipelineQuiet;
import io.dandelion.workspace.TestScope;
import io.dandelion.workspace.TestTraffic;
import io.dandelion.workspace.WorkspaceTest;
import io.dandelion.workspace.live.LiveBus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WorkspaceTest
class ConversationWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentAccess access;

	@Autowired
	ChannelActions actions;

	@Autowired
	MemberDirectory members;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SavedReplies savedReplies;

	final UnitId france = UnitId.random();
	final UnitId spain = UnitId.random();
	TestTraffic traffic;
	ChannelSummary frenchX;
	String root;
	String conversation;
	final TestScope agent = TestScope.agentOf("fr.agent", france);

	@BeforeEach
	void aFrenchCustomerWrote(@Autowired Channels channels, @Autowired ItemSink sink, @Autowired DataSource dataSource) {
		traffic = new TestTraffic(channels, sink);
		frenchX = traffic.channel(france, "x", "@acme_fr");
		root = traffic.comment(frenchX, "Jeanne Martin", "Ma box ne marche plus <img src=x onerror=alert(1)>");
		traffic.reply(frenchX, root, "Jeanne Martin", "Toujours rien ce matin");
		conversation = jdbc.sql("select id::text from conversation where root_external_id = ?").param(root).query(String.class).single();
		// analysis records the language it found after commit, on another thread: let it finish, then decide
		PipelineQuiet.await(dataSource, Duration.ofSeconds(20));
		jdbc.sql("update conversation set language = 'fr' where id = ?::uuid").param(conversation).update();
		given(access.get()).willReturn(agent);
		given(actions.capabilities(frenchX.id())).willReturn(EnumSet.allOf(ChannelActions.Capability.class));
	}

	@Test
	void showsTheThreadAndTheCustomerAcrossChannelsWithTextAsText(@Autowired Customers customers) throws Exception {
		var frenchFacebook = traffic.channel(france, "facebook", "Acme France");
		var spanishX = traffic.channel(spain, "x", "@acme_es");
		String other = traffic.comment(frenchFacebook, "Jeanne M.", "Et sur Facebook aussi");
		String hidden = traffic.comment(spanishX, "jeanne.es", "Hola desde España");
		var scope = TestScope.agentOf("fr.agent", france, spain);
		customers.link(scope, contactOf(root), contactOf(other));
		customers.link(scope, contactOf(root), contactOf(hidden));

		page().andExpect(status().isOk())
			.andExpect(content().string(containsString("Toujours rien ce matin")))
			.andExpect(content().string(containsString("Et sur Facebook aussi")))
			.andExpect(content().string(containsString("Jeanne M.")))
			.andExpect(content().string(not(containsString("Hola desde"))))
			.andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(containsString("sse:conversation-" + conversation)))
			.andExpect(content().string(containsString("0</span> / 280")));
	}

	@Test
	void repliesThroughTheChannelStoresTheReplyAsOutboundAndResolves() throws Exception {
		given(actions.reply(eq(frenchX.id()), anyString(), eq(root), eq("Bonjour Jeanne, on regarde.")))
			.willReturn(new ChannelActions.SentReply("out-1", Instant.parse("2026-11-02T09:00:00Z")));
		String latest = jdbc.sql("select external_id from message where conversation_id = ?::uuid order by created_at desc limit 1")
			.param(conversation)
			.query(String.class)
			.single();

		post("/reply", "text", "Bonjour Jeanne, on regarde.", "resolve", "true").andExpect(status().is3xxRedirection());

		verify(actions).reply(frenchX.id(), latest, root, "Bonjour Jeanne, on regarde.");
		assertThat(jdbc.sql("select direction || ' ' || body from message where external_id = 'out-1'").query(String.class).single())
			.isEqualTo("OUTBOUND Bonjour Jeanne, on regarde.");
		assertThat(jdbc.sql("select status from conversation where id = ?::uuid").param(conversation).query(String.class).single())
			.isEqualTo("RESOLVED");
		verify(audit).record(argThat(e -> e.action().equals("conversation.replied") && france.equals(e.unit())));
	}

	@Test
	void refusesTooLongRepliesAndReportsPlatformFailures() throws Exception {
		post("/reply", "text", "x".repeat(281)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("the reply has 281 characters; this platform accepts 280")));
		verify(actions, never()).reply(any(), any(), any(), any());

		willThrow(new ChannelActionException(ChannelActionException.Reason.UNAUTHORISED, "401", null, null)).given(actions)
			.reply(any(), any(), any(), any());
		post("/reply", "text", "Bonjour").andExpect(status().isBadGateway())
			.andExpect(content().string(containsString("the account must be reconnected")));
		assertThat(jdbc.sql("select count(*) from message where direction = 'OUTBOUND' and conversation_id = ?::uuid")
			.param(conversation)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void hidesAConversationOutsideTheScopeAndRefusesReaders() throws Exception {
		given(access.get()).willReturn(TestScope.agentOf("es.agent", spain));
		page().andExpect(status().isNotFound());
		post("/reply", "text", "hola").andExpect(status().isNotFound());

		given(access.get()).willReturn(TestScope.readerOf("fr.analyst", france));
		page().andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"reply-form\""))));
		post("/reply", "text", "bonjour").andExpect(status().isForbidden());
		post("/status", "status", "RESOLVED").andExpect(status().isForbidden());
	}

	@Test
	void offersSavedRepliesInTheCustomersLanguageWithTheirName() throws Exception {
		var reply = savedReplies.create(TestScope.communityManagerOf("fr.community", france), france, "Thanks",
				Map.of("en", "Hello {name}, thanks.", "fr", "Bonjour {name}, merci pour votre message."));
		willReturn(Optional.empty()).given(members).findByUsername("fr.agent");

		page().andExpect(content().string(containsString("Thanks")));
		mvc.perform(get(base() + "/saved-replies/" + reply.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"fr\"")))
			.andExpect(content().string(containsString(">Bonjour Jeanne, merci pour votre message.</textarea>")));

		var masked = new ContractLimits(AgencyId.random(), Set.of(france), Set.of("fr"), Set.of(), true);
		given(access.get()).willReturn(TestScope.agencyAgent("agency.agent", masked));
		mvc.perform(get(base() + "/saved-replies/" + reply.id()))
			.andExpect(content().string(containsString(">Bonjour, merci pour votre message.</textarea>")));
		mvc.perform(get(base() + "/saved-replies/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void hidesUnhidesAndDeletesThroughTheChannelAndShowsWhoDidIt() throws Exception {
		String message = jdbc.sql("select id::text from message where external_id = ?").param(root).query(String.class).single();

		post("/messages/" + message + "/hide").andExpect(status().is3xxRedirection());
		verify(actions).hide(frenchX.id(), root);
		page().andExpect(content().string(containsString("Hidden by fr.agent")));

		willThrow(new ChannelActionException(ChannelActionException.Reason.UNSUPPORTED, "no", null, null)).given(actions)
			.delete(frenchX.id(), root);
		post("/messages/" + message + "/delete").andExpect(status().isBadGateway());
		post("/messages/" + message + "/explode").andExpect(status().isBadRequest());
		verify(audit).record(argThat(e -> e.action().equals("message.hide")));
	}

	@Test
	void tagsAndNotesWithMentionsThatNotifyOnlyColleaguesWhoMaySee() throws Exception {
		var colleagueScope = TestScope.agentOf("camille.b", france);
		var colleague = new MemberAccount(colleagueScope.member().orElseThrow(), "camille.b", null, "Camille", null, true);
		var outsider = new MemberAccount(new MemberId(UUID.randomUUID()), "es.agent", null, "Lola", null, true);
		willReturn(Optional.of(colleague)).given(members).findByUsername("camille.b");
		willReturn(Optional.of(outsider)).given(members).findByUsername("es.agent");
		willReturn(colleagueScope).given(members).scopeOf(colleague.id());
		willReturn(TestScope.agentOf("es.agent", spain)).given(members).scopeOf(outsider.id());

		post("/tags", "tag", "Panne Lyon").andExpect(status().is3xxRedirection());
		post("/tags", "tag", "<b>").andExpect(status().isBadRequest());
		post("/notes", "body", "@camille.b @es.agent @nobody can you check the <b>line</b>?")
			.andExpect(status().is3xxRedirection());

		page().andExpect(content().string(containsString("panne-lyon")))
			.andExpect(content().string(containsString("can you check the &lt;b&gt;line&lt;/b&gt;?")));
		assertThat(jdbc.sql("select member_id from workspace_mention").query(UUID.class).list())
			.containsExactly(colleague.id().value());

		given(access.get()).willReturn(TestScope.agentOf("camille.b", france));
		mvc.perform(get("/workspace/mentions/count")).andExpect(content().string(containsString(">1</span>")));
		mvc.perform(get("/workspace/mentions")).andExpect(content().string(containsString("can you check")));
		page();
		mvc.perform(get("/workspace/mentions/count")).andExpect(content().string(not(containsString("badge"))));
	}

	@Test
	void showsWhoIsReplyingToColleaguesOnAnyNode(@Autowired LiveBus bus) throws Exception {
		var colleague = TestScope.agentOf("camille.b", france);
		given(access.get()).willReturn(colleague);
		mvc.perform(get(base() + "/presence")).andExpect(content().string(not(containsString("replying"))));
		await().atMost(Duration.ofSeconds(10)).until(bus::listening);

		given(access.get()).willReturn(agent);
		post("/typing").andExpect(status().isNoContent());

		given(access.get()).willReturn(colleague);
		// in the test's thread, where the signed-in user is
		await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get(base() + "/presence"))
			.andExpect(content().string(containsString("fr.agent is replying"))));
		given(access.get()).willReturn(agent);
		mvc.perform(get(base() + "/presence")).andExpect(content().string(not(containsString("replying"))));
	}

	private ContactId contactOf(String externalId) {
		return new ContactId(jdbc.sql("select contact_id from message where external_id = ?").param(externalId).query(UUID.class).single());
	}

	private String base() {
		return "/workspace/conversations/" + conversation;
	}

	private ResultActions page() throws Exception {
		return mvc.perform(get(base()));
	}

	private ResultActions post(String path, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base() + path).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}
}
