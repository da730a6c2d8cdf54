package io.dandelion.workspace.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import io.dandelion.workspace.TestTraffic;
import java.time.Duration;
import java.time.Instant;
import io.dandelion.workspace.live.LiveBus;
import io.dandelion.workspace.live.LiveChange;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The conversation page's routing moves (take, hand off, escalate) and what it shows of analysis and
 * moderation, against the demo organisation and the whole pipeline (ingest, analysis, moderation,
 * routing with an SLA policy); only the platforms behind the channels are stood in for.
 */
@SpringBootTest
@AutoConfigureMockMvc
@MockitoBean(types = { Channels.class, ChannelActions.class })
class OwnershipPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestTraffic traffic;
	ChannelSummary frenchX;

	@BeforeEach
	void demoOrganisationWithAFrenchAccountAndAnSla(@Autowired DemoOrganisationForTests demo, @Autowired Units units,
			@Autowired Channels channels, @Autowired ItemSink sink, @Autowired ChannelActions actions) {
		demo.seed();
		var france = units.findByCode("fr").orElseThrow().id();
		jdbc.sql("""
				insert into sla_policy (id, name, unit_id, first_response, next_response, resolution)
				values (gen_random_uuid(), 'France care', ?, interval '4 hours', interval '4 hours', interval '2 days')
				on conflict do nothing""")
			.param(france.value())
			.update();
		traffic = new TestTraffic(channels, sink);
		frenchX = traffic.channel(france, "x", "@acme_fr");
		given(actions.capabilities(any())).willReturn(EnumSet.allOf(ChannelActions.Capability.class));
		given(actions.reply(any(), any(), any(), any()))
			.willAnswer(call -> new ChannelActions.SentReply("x-reply-" + UUID.randomUUID(), Instant.now()));
	}

	@Test
	void anAgentTakesTheConversationThenHandsItToTheHubTeamWithANote() throws Exception {
		String conversation = routed("Ma facture est fausse, je suis très mécontent, aidez-moi s'il vous plaît");
		String page = "/workspace/conversations/" + conversation;
		as("fr.agent", get(page)).andExpect(status().isOk())
			.andExpect(content().string(containsString("France care helpers")))
			.andExpect(content().string(containsString("Waiting in the queue, held by nobody.")))
			.andExpect(content().string(containsString("data-sla-due=")))
			.andExpect(content().string(containsString("id=\"take\"")));

		as("fr.agent", post(page + "/take")).andExpect(status().is3xxRedirection());
		assertThat(holder(conversation)).isEqualTo("fr.agent");
		as("fr.agent", get(page)).andExpect(content().string(containsString("You hold this conversation.")))
			.andExpect(content().string(not(containsString("id=\"take\""))));

		as("fr.agent", post(page + "/hand-off").param("to", "team:" + team("Hub social team")).param("note", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("'note' is required (1 to 2000 characters)")));
		as("fr.agent", post(page + "/hand-off").param("to", "team:" + team("Hub social team"))
			.param("note", "billing dispute for the hub"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("""
				select i.state || ' ' || t.name from routing_item i join routing_queue q on q.id = i.queue_id
				join teams t on t.id = q.team_id where i.conversation_id = ?::uuid""")
			.param(conversation)
			.query(String.class)
			.single()).isEqualTo("QUEUED Hub social team");
		assertThat(audited("routing.handed_off", conversation)).isEqualTo(1);
		as("fr.agent", get(page)).andExpect(content().string(containsString("Handed off")))
			.andExpect(content().string(containsString("billing dispute for the hub")));
	}

	@Test
	void anAgentTakesTheNextConversationOfTheirQueueFromTheInbox() throws Exception {
		routed("Bonjour, ma ligne fixe est coupée depuis ce matin, pouvez-vous vérifier ?");
		String queue = jdbc.sql("select id::text from routing_queue where name = 'France care helpers'").query(String.class).single();
		as("fr.agent", get("/workspace")).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-queue=\"" + queue + "\"")))
			.andExpect(content().string(containsString("Take next")));

		String location = as("fr.agent", post("/workspace/queues/" + queue + "/next")).andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/workspace/conversations/");
		assertThat(holder(location.substring("/workspace/conversations/".length()))).isEqualTo("fr.agent");

		as("analyst", post("/workspace/queues/" + queue + "/next")).andExpect(status().isForbidden());
		as("es.agent", post("/workspace/queues/" + queue + "/next")).andExpect(status().isNotFound());
	}

	@Test
	void movesTheCallerMayNotMakeAreRefusedWithTheReasonShown() throws Exception {
		String conversation = routed("Bonjour, ma box ne fonctionne plus depuis ce matin, que faire ?");
		String page = "/workspace/conversations/" + conversation;

		as("es.agent", post(page + "/take")).andExpect(status().isNotFound());
		as("analyst", post(page + "/take")).andExpect(status().isForbidden());
		as("fr.agent", post(page + "/take")).andExpect(status().is3xxRedirection());
		as("fr.community", post(page + "/hand-off").param("to", "team:" + team("Hub social team")).param("note", "mine now"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("only the agent holding the conversation or a unit admin hands it off")));
		as("fr.agent", post(page + "/escalate").param("to", "moon").param("reason", "why not"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("escalate to the country helpers, the hub or a team, not moon")));
		assertThat(holder(conversation)).isEqualTo("fr.agent");
	}

	@Test
	void anAgentEscalatesToTheHubAndHandsToAColleagueWhoSpeaksTheLanguage() throws Exception {
		String conversation = routed("Bonjour, je voudrais résilier mon abonnement internet, comment faire ?");
		String page = "/workspace/conversations/" + conversation;
		as("fr.agent", post(page + "/take")).andExpect(status().is3xxRedirection());
		String community = jdbc.sql("select id::text from members where username = 'fr.community'").query(String.class).single();
		as("fr.agent", get(page)).andExpect(content().string(containsString("member:" + community)));

		as("fr.agent", post(page + "/hand-off").param("to", "member:" + community).param("note", "you know this customer"))
			.andExpect(status().is3xxRedirection());
		assertThat(holder(conversation)).isEqualTo("fr.community");

		as("fr.community", post(page + "/escalate").param("to", "hub").param("reason", "legal question"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select q.name from routing_item i join routing_queue q on q.id = i.queue_id where i.conversation_id = ?::uuid")
			.param(conversation)
			.query(String.class)
			.single()).isEqualTo("Hub care");
		assertThat(audited("routing.escalated", conversation)).isEqualTo(1);
	}

	@Test
	void showsWhatAnalysisFoundInEachMessageAndWhatModerationDidWithTheReasons() throws Exception {
		String conversation = analysed(
				"Achetez maintenant !!! followers pas chers http://bit.ly/promo http://bit.ly/x appelez le 06 12 34 56 78");
		as("fr.agent", get("/workspace/conversations/" + conversation)).andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"outcome\"")))
			.andExpect(content().string(containsString("Policy decided")))
			.andExpect(content().string(containsString("link shortener bit.ly")))
			.andExpect(content().string(containsString("personal data: phone")));
	}

	@Test
	void agencyStaffSeePersonalDataMaskedInTheAnalysisReasonsToo(@Autowired Units units) throws Exception {
		var romania = units.findByCode("ro").orElseThrow().id();
		as("hub.admin", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/policies/" + romania)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"rules": [{"key": "tag-phone", "name": "Phone numbers", "locked": false, "enabled": true,
					  "conditions": [{"type": "regex", "pattern": "\\\\d{4} \\\\d{3} \\\\d{3}"}],
					  "actions": [{"type": "tag", "tag": "phone"}]}]}"""))
			.andExpect(status().isOk());
		var romanianX = traffic.channel(romania, "x", "@acme_ro");
		String conversation = analysed(romanianX, "Ion Popescu",
				"Bună ziua, factura mea este greșită de două luni, vă rog să mă sunați la 0722 123 456 cât mai repede");
		String page = "/workspace/conversations/" + conversation;

		// the rule's reason quotes the number it matched: the hub sees it
		as("hub.admin", get(page)).andExpect(status().isOk())
			.andExpect(content().string(containsString("at '0722 123 456'")));
		// the agency (Romanian on Romania's X account is in its contract, which masks personal data) does not
		as("agency.moderator", get(page)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Phone numbers")))
			.andExpect(content().string(containsString("at '[number]'")))
			.andExpect(content().string(not(containsString("0722"))))
			.andExpect(content().string(not(containsString("123 456"))));
	}

	@Test
	void theInboxFiltersByTheIntentAndSentimentOfTheLatestMessageAndSavedViewsKeepThem() throws Exception {
		String complaint = analysed("C'est inadmissible, ma facture est fausse et personne ne répond, je suis furieux");
		String praise = analysed("Merci beaucoup, votre service client est excellent, bravo à toute l'équipe !");
		assertThat(jdbc.sql("select intent || ' ' || (sentiment < -0.2) from moderation_decision where conversation_id = ?::uuid")
			.param(complaint).query(String.class).single()).as("what analysis found").isEqualTo("complaint true");
		assertThat(jdbc.sql("select intent || ' ' || (sentiment > 0.2) from moderation_decision where conversation_id = ?::uuid")
			.param(praise).query(String.class).single()).as("what analysis found").isEqualTo("praise true");

		as("fr.agent", get("/workspace/rows").param("intent", "complaint"))
			.andExpect(content().string(containsString(complaint)))
			.andExpect(content().string(not(containsString(praise))));
		as("fr.agent", get("/workspace/rows").param("sentiment", "positive"))
			.andExpect(content().string(containsString(praise)))
			.andExpect(content().string(not(containsString(complaint))));
		as("fr.agent", get("/workspace/rows").param("intent", "praise").param("sentiment", "negative"))
			.andExpect(content().string(not(containsString(praise))))
			.andExpect(content().string(not(containsString(complaint))));
		as("fr.agent", get("/workspace").param("intent", "anger")).andExpect(status().isBadRequest());
		as("es.agent", get("/workspace/rows").param("intent", "complaint"))
			.andExpect(content().string(not(containsString(complaint))));

		as("fr.agent", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/workspace/views")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Happy customers " + UUID.randomUUID() + "\", \"intent\": \"praise\", \"sentiment\": \"positive\"}"))
			.andExpect(status().isCreated())
			.andExpect(content().string(containsString("\"intent\":\"praise\"")))
			.andExpect(content().string(containsString("\"sentiment\":\"positive\"")));
		as("fr.agent", get("/workspace")).andExpect(content().string(containsString("intent=praise&amp;sentiment=positive")));
	}

	/** A French customer's comment on the French account, once moderation has analysed it. */
	private String analysed(String text) {
		return analysed(frenchX, "Jeanne Martin", text);
	}

	/** A customer's comment on {@code channel}, once moderation has analysed it. */
	private String analysed(ChannelSummary channel, String customer, String text) {
		String root = traffic.comment(channel, customer, text);
		String conversation = jdbc.sql("select id::text from conversation where root_external_id = ?")
			.param(root)
			.query(String.class)
			.single();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from moderation_decision where conversation_id = ?::uuid")
				.param(conversation)
				.query(Integer.class)
				.single() == 1);
		return conversation;
	}

	@Test
	void theInboxFiltersByHolderSlaStateAndTagAndShowsSlaBadges() throws Exception {
		String mine = routed("Bonjour, mon forfait mobile ne marche plus à l'étranger, pouvez-vous m'aider ?");
		String waiting = routed("Bonjour, je n'arrive pas à payer ma facture en ligne, le site refuse ma carte.");
		as("fr.agent", post("/workspace/conversations/" + mine + "/take")).andExpect(status().is3xxRedirection());
		as("fr.agent", post("/workspace/conversations/" + waiting + "/tags").param("tag", "billing"))
			.andExpect(status().is3xxRedirection());

		// the test traffic is dated in the past: let both timers run from now on
		jdbc.sql("update sla_timer set started_at = now(), warn_at = now() + interval '3 hours', due_at = now() + interval '4 hours' "
				+ "where conversation_id = any(?::uuid[])")
			.param(new String[] { mine, waiting })
			.update();
		as("fr.agent", get("/workspace/rows").param("assignee", "me")).andExpect(status().isOk())
			.andExpect(content().string(containsString(mine)))
			.andExpect(content().string(not(containsString(waiting))))
			.andExpect(content().string(containsString("Fatou Agent")))
			.andExpect(content().string(containsString("class=\"sla sla-running\"")));
		as("fr.agent", get("/workspace/rows").param("tag", "billing"))
			.andExpect(content().string(containsString(waiting)))
			.andExpect(content().string(not(containsString(mine))));
		as("fr.agent", get("/workspace/rows").param("sla", "running")).andExpect(content().string(containsString(mine)))
			.andExpect(content().string(containsString(waiting)));
		as("fr.agent", get("/workspace/rows").param("sla", "breached")).andExpect(content().string(not(containsString(mine))));
		as("fr.agent", get("/workspace/rows").param("sla", "soon")).andExpect(status().isBadRequest());

		jdbc.sql("update sla_timer set warn_at = now() - interval '1 hour', due_at = now() - interval '1 minute' where conversation_id = ?::uuid")
			.param(mine)
			.update();
		as("fr.agent", get("/workspace/rows").param("sla", "breached")).andExpect(content().string(containsString(mine)))
			.andExpect(content().string(containsString("class=\"sla sla-breached\"")));
	}

	@Test
	void aBreachedSlaReachesEveryNodeLive(@Autowired DataSource dataSource) throws Exception {
		String conversation = routed("Bonjour, toujours pas de connexion internet chez moi depuis trois jours !");
		List<LiveChange> heard = new CopyOnWriteArrayList<>();
		try (LiveBus node = new LiveBus(dataSource, heard::add)) {
			node.listen();
			await().atMost(Duration.ofSeconds(10)).until(node::listening);
			// (warned and breached afresh: the test traffic is dated in the past, so it may have been breached already)
			jdbc.sql("update sla_timer set warn_at = now() - interval '1 hour', due_at = now() - interval '1 minute', "
					+ "warned_at = null, breached_at = null where conversation_id = ?::uuid")
				.param(conversation)
				.update();
			// SlaWatch checks every 30 seconds on some node; its SlaBreached becomes a live change for the conversation
			await().atMost(Duration.ofSeconds(90))
				.until(() -> jdbc.sql("select count(*) from sla_timer where conversation_id = ?::uuid and breached_at is not null")
					.param(conversation)
					.query(Integer.class)
					.single() > 0);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> heard.stream().anyMatch(c -> c.conversation().toString().equals(conversation)));
		}
	}

	@Test
	void whoIsReplyingIsRoutingsRecordAndReachesEveryNodeLiveWhicheverWayItWasSaid(@Autowired DataSource dataSource)
			throws Exception {
		String conversation = routed("Bonjour, ma ligne est coupée depuis ce matin, pouvez-vous m'aider ?");
		String page = "/workspace/conversations/" + conversation;
		String rest = "/api/v1/conversations/" + conversation + "/replying";
		List<LiveChange> heard = new CopyOnWriteArrayList<>();
		try (LiveBus node = new LiveBus(dataSource, heard::add)) {
			node.listen();
			await().atMost(Duration.ofSeconds(10)).until(node::listening);

			// the composer's typing sign is routing's reply guard: REST clients see it too
			as("fr.agent", post(page + "/typing")).andExpect(status().isNoContent());
			as("fr.community", get(rest)).andExpect(content().string(containsString("\"actor\":\"fr.agent\"")));
			as("fr.community", get(page + "/presence")).andExpect(content().string(containsString("fr.agent is replying")));
			as("fr.agent", get(page + "/presence")).andExpect(content().string(not(containsString("replying"))));
			await().atMost(Duration.ofSeconds(10)).until(() -> presence(heard, conversation, "fr.agent"));

			// and what a REST client says reaches the pages of every node the same way
			heard.clear();
			as("fr.community", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(rest))
				.andExpect(status().isOk());
			await().atMost(Duration.ofSeconds(10)).until(() -> presence(heard, conversation, "fr.community"));
			as("fr.agent", get(page + "/presence")).andExpect(content().string(containsString("fr.community is replying")));

			heard.clear();
			as("fr.community", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(rest))
				.andExpect(status().isNoContent());
			await().atMost(Duration.ofSeconds(10)).until(() -> presence(heard, conversation, "fr.community"));
			as("fr.agent", get(page + "/presence")).andExpect(content().string(not(containsString("replying"))));
		}
	}

	@Test
	void anSlaWarningAndBreachNotifyTheHolderAndAWaitingConversationsTeam() throws Exception {
		String held = routed("Je n'ai plus de réseau depuis hier soir, c'est urgent pour mon travail");
		String waiting = routed("Mon colis n'est jamais arrivé, je veux être remboursé rapidement");
		// the community manager holds one; the other waits in the queue of France care helpers (fr.agent)
		as("fr.community", post("/workspace/conversations/" + held + "/take")).andExpect(status().is3xxRedirection());

		// (warned and breached afresh: the test traffic is dated in the past, so it may have been breached already)
		// (and the notices of earlier breaches forgotten)
		jdbc.sql("delete from workspace_note where author = 'system' and conversation_id = any(?::uuid[])")
			.param(new String[] { held, waiting })
			.update();
		jdbc.sql("update sla_timer set warn_at = now() - interval '1 hour', due_at = now() - interval '1 minute', "
				+ "warned_at = null, breached_at = null where conversation_id = any(?::uuid[]) and kind = 'FIRST_RESPONSE'")
			.param(new String[] { held, waiting })
			.update();

		// SlaWatch checks every 30 seconds on some node; the notices follow its commit
		// (the warning's and the breach's notices are written by two listeners, each after the check's commit: wait for all)
		await().atMost(Duration.ofSeconds(120)).until(() -> !lastNotified(held, "SLA breached").isEmpty()
				&& !lastNotified(waiting, "SLA breached").isEmpty() && !lastNotified(held, "SLA warning").isEmpty());
		assertThat(lastNotified(held, "SLA warning")).as("the holder only").containsExactly("fr.community");
		assertThat(lastNotified(held, "SLA breached")).as("the holder only").containsExactly("fr.community");
		assertThat(lastNotified(waiting, "SLA breached")).as("the members of France care helpers")
			.containsExactly("fr.agent");
		as("fr.community", get("/workspace/mentions"))
			.andExpect(content().string(containsString("SLA breached: the first response was due at")));
		as("fr.agent", get("/workspace/conversations/" + held))
			.andExpect(content().string(containsString("SLA warning: the first response is due at")));
		// the same notices read in each reader's own language
		as("fr.community", get("/workspace/mentions").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("SLA dépassé : la première réponse était attendue le")))
			.andExpect(content().string(not(containsString("SLA breached"))));
		as("fr.agent", get("/workspace/conversations/" + held).header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("Alerte SLA : la première réponse est attendue le")))
			.andExpect(content().string(not(containsString("SLA warning"))));
	}

	/** The usernames the latest note by Dandelion starting with {@code text} named on the conversation. */
	private List<String> lastNotified(String conversation, String text) {
		return jdbc.sql("""
				select m2.username from workspace_mention m join members m2 on m2.id = m.member_id
				where m.note_id = (select id from workspace_note where conversation_id = ?::uuid and author = 'system'
				                   and body like ? order by created_at desc limit 1)
				order by m2.username""")
			.params(conversation, text + "%")
			.query(String.class)
			.list();
	}

	private static boolean presence(List<LiveChange> heard, String conversation, String actor) {
		return heard.stream()
			.anyMatch(c -> c.kind() == LiveChange.Kind.PRESENCE && c.conversation().toString().equals(conversation)
					&& actor.equals(c.detail()));
	}

	/** A French customer's comment on the French account, once routing has put it into a queue. */
	private String routed(String text) {
		String root = traffic.comment(frenchX, "Jeanne Martin", text);
		String conversation = jdbc.sql("select id::text from conversation where root_external_id = ?")
			.param(root)
			.query(String.class)
			.single();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from routing_item where conversation_id = ?::uuid")
				.param(conversation)
				.query(Integer.class)
				.single() == 1);
		return conversation;
	}

	private String holder(String conversation) {
		return jdbc.sql("select m.username from routing_item i join members m on m.id = i.assignee where i.conversation_id = ?::uuid")
			.param(conversation)
			.query(String.class)
			.single();
	}

	private String team(String name) {
		return jdbc.sql("select id::text from teams where name = ?").param(name).query(String.class).single();
	}

	private int audited(String action, String conversation) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
			.params(action, conversation)
			.query(Integer.class)
			.single();
	}

	private ResultActions as(String username, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}
}
