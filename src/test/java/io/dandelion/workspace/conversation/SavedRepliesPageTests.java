package io.dandelion.workspace.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.workspace.TestScope;
import io.dandelion.workspace.WorkspaceTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Community managers write saved replies with a text per language on their page; agents only read them. */
@WorkspaceTest
class SavedRepliesPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentAccess access;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SavedReplies replies;

	final UnitId france = UnitId.random();
	final TestScope community = TestScope.communityManagerOf("fr.community", france);

	@Test
	void aCommunityManagerCreatesEditsAndDeletesASavedReplyWithVariantsPerLanguage() throws Exception {
		given(access.get()).willReturn(community);
		mvc.perform(post("/workspace/saved-replies").with(csrf())
			.param("unit", france.toString())
			.param("name", "Outage")
			.param("language", "fr", "EN", "")
			.param("text", "Bonjour {name}, une panne est en cours.", "Hello {name}, there is an outage.", ""))
			.andExpect(status().is3xxRedirection());
		SavedReply created = replies.visibleTo(community).stream().filter(r -> r.name().equals("Outage")).findFirst().orElseThrow();
		assertThat(created.variants()).containsOnlyKeys("fr", "en");

		mvc.perform(post("/workspace/saved-replies/" + created.id()).with(csrf())
			.param("name", "Outage in progress")
			.param("language", "fr", "en", "de")
			.param("text", "Bonjour {name}, la panne est en cours de réparation.", "", "Hallo {name}, es gibt eine Störung."))
			.andExpect(status().is3xxRedirection());
		SavedReply edited = replies.visibleTo(community).stream().filter(r -> r.id().equals(created.id())).findFirst().orElseThrow();
		assertThat(edited.name()).isEqualTo("Outage in progress");
		assertThat(edited.variants()).isEqualTo(Map.of("fr", "Bonjour {name}, la panne est en cours de réparation.", "de",
				"Hallo {name}, es gibt eine Störung."));
		verify(audit).record(argThat(e -> e.action().equals("workspace.saved-reply-updated") && france.equals(e.unit())));

		mvc.perform(get("/workspace/saved-replies")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Outage in progress")))
			.andExpect(content().string(containsString("es gibt eine Störung")));

		mvc.perform(post("/workspace/saved-replies/" + created.id()).with(csrf()).param("name", "x").param("language", "french")
			.param("text", "Bonjour")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("languages are ISO 639-1 codes like fr, not french")));

		mvc.perform(post("/workspace/saved-replies/" + created.id() + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from saved_reply where id = ?").param(created.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void agentsReadSavedRepliesButCannotChangeThemAndOthersDoNotSeeThem() throws Exception {
		var reply = replies.create(community, france, "Thanks " + UUID.randomUUID(), Map.of("fr", "Merci {name} !"));
		given(access.get()).willReturn(TestScope.agentOf("fr.agent", france));
		mvc.perform(get("/workspace/saved-replies")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Merci {name} !")))
			.andExpect(content().string(not(containsString("action=\"/workspace/saved-replies/" + reply.id() + "\""))));
		mvc.perform(post("/workspace/saved-replies/" + reply.id()).with(csrf()).param("name", "Mine").param("language", "fr")
			.param("text", "Salut")).andExpect(status().isForbidden());

		given(access.get()).willReturn(TestScope.communityManagerOf("es.community", UnitId.random()));
		mvc.perform(post("/workspace/saved-replies/" + reply.id() + "/delete").with(csrf())).andExpect(status().isNotFound());
	}
}
