package io.dandelion.workspace.inbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.support.PipelineQuiet;
import io.dandelion.workspace.TestScope;
import io.dandelion.workspace.TestTraffic;
import io.dandelion.workspace.WorkspaceTest;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WorkspaceTest
class InboxWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentAccess access;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	TestTraffic traffic;
	final UnitId france = UnitId.random();
	final UnitId spain = UnitId.random();
	ChannelSummary frenchX;
	ChannelSummary frenchFacebook;

	@BeforeEach
	void trafficInTwoUnits(@Autowired Channels channels, @Autowired ItemSink sink, @Autowired DataSource dataSource) {
		traffic = new TestTraffic(channels, sink);
		frenchX = traffic.channel(france, "x", "@acme_fr");
		frenchFacebook = traffic.channel(france, "facebook", "Acme France");
		var spanishX = traffic.channel(spain, "x", "@acme_es");
		traffic.comment(frenchX, "jeanne", "Ma box ne marche plus");
		traffic.comment(frenchX, "paul", "<script>alert('x')</script><b>bold</b>");
		traffic.comment(frenchFacebook, "marie", "Merci pour votre aide");
		traffic.comment(spanishX, "lola", "Hola, no tengo internet");
		// analysis records the languages it found after commit, on another thread: let it finish first
		PipelineQuiet.await(dataSource, Duration.ofSeconds(20));
		jdbc.sql("update conversation set language = 'fr' where unit_id = ?").param(france.value()).update();
		given(access.get()).willReturn(TestScope.agentOf("fr.agent", france));
	}

	@Test
	void listsOnlyTheCallersConversationsWithCountsAndFilterChoices() throws Exception {
		mvc.perform(get("/workspace"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ma box ne marche plus")))
			.andExpect(content().string(containsString("Merci pour votre aide")))
			.andExpect(content().string(not(containsString("Hola"))))
			.andExpect(content().string(containsString("data-count=\"all\">3<")))
			.andExpect(content().string(containsString("data-count=\"open\">3<")))
			.andExpect(content().string(containsString("x @acme_fr (2)")))
			.andExpect(content().string(containsString("sse-connect=\"/workspace/live\"")));
	}

	@Test
	void filtersByChannelAndStatusAndKeepsTheFiltersForTheLiveRefresh() throws Exception {
		mvc.perform(get("/workspace").param("channel", frenchFacebook.id().toString()))
			.andExpect(content().string(containsString("Merci pour votre aide")))
			.andExpect(content().string(not(containsString("Ma box"))))
			.andExpect(content().string(containsString("hx-get=\"/workspace/rows?channel=" + frenchFacebook.id() + "\"")));
		mvc.perform(get("/workspace").param("status", "resolved"))
			.andExpect(content().string(not(containsString("Ma box"))))
			.andExpect(content().string(containsString("data-count=\"open\">3<")));
		mvc.perform(get("/workspace").param("status", "closed")).andExpect(status().isBadRequest());
	}

	@Test
	void rowsComeWithFreshCountsForTheLiveRefresh() throws Exception {
		mvc.perform(get("/workspace/rows").param("language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("Ma box ne marche plus")));
	}

	@Test
	void showsMessageTextAsTextNeverAsMarkup() throws Exception {
		mvc.perform(get("/workspace"))
			.andExpect(content().string(containsString("&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<b>bold"))));
	}

	@Test
	void speaksFrenchWhenAskedAndRemembersIt() throws Exception {
		var cookie = mvc.perform(get("/workspace").param("lang", "fr"))
			.andExpect(content().string(containsString("Boîte de réception")))
			.andExpect(content().string(containsString("Ouvertes")))
			.andReturn()
			.getResponse()
			.getCookie("dandelion-language");
		mvc.perform(get("/workspace").cookie(cookie)).andExpect(content().string(containsString("Vues enregistrées")));
		mvc.perform(get("/workspace").param("lang", "xx")).andExpect(content().string(containsString("Saved views")));
	}

	@Test
	void savesListsAndDeletesTheCallersOwnViewsOnly() throws Exception {
		mvc.perform(post("/workspace/views").with(csrf())
			.param("name", "French X")
			.param("channel", frenchX.id().toString())
			.param("status", "OPEN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workspace?view=*&channel=*&status=open"));
		verify(audit).record(argThat(e -> e.action().equals("workspace.view-saved")));
		String id = mvc.perform(get("/api/v1/workspace/views"))
			.andExpect(jsonPath("$[0].name").value("French X"))
			.andExpect(jsonPath("$[0].status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/workspace")).andExpect(content().string(containsString("French X")));

		mvc.perform(post("/api/v1/workspace/views").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"French X\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("you already have a view named French X"));

		given(access.get()).willReturn(TestScope.agentOf("es.agent", spain));
		mvc.perform(get("/api/v1/workspace/views")).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(delete("/api/v1/workspace/views/" + id).with(csrf())).andExpect(status().isNotFound());

		given(access.get()).willReturn(TestScope.agentOf("fr.agent", france));
		mvc.perform(delete("/api/v1/workspace/views/" + id).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/workspace/views")).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void opensALiveStream() throws Exception {
		mvc.perform(get("/workspace/live").accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted());
	}
}
