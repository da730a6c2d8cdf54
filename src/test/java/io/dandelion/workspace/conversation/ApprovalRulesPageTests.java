package io.dandelion.workspace.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.Units;
import java.util.List;
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

/** The approval rules as a page: read by everyone, changed by hub admins only, each change audited, in French too. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalRulesPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApprovalRules rules;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	MemberDirectory directory;

	String france;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
		france = units.findByCode("fr").orElseThrow().id().toString();
	}

	@Test
	void theHubAddsChangesAndRemovesARuleFromThePageEachAudited() throws Exception {
		mvc.perform(post("/workspace/approval-rules").param("name", "Agency replies in France")
			.param("senders", "AGENCY")
			.param("accounts", "SUBTREE")
			.param("unit", france)
			.with(user("hub.admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		ApprovalRule added = named("Agency replies in France");
		assertThat(added.accounts()).isEqualTo(ApprovalRule.Accounts.SUBTREE);
		assertThat(added.unit()).hasToString(france);
		mvc.perform(get("/workspace/approval-rules?lang=en").with(user("hub.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rule-" + added.id() + "\"")))
			.andExpect(content().string(containsString("Replies by agency staff · on the accounts of France and every unit below it")));

		mvc.perform(post("/workspace/approval-rules/" + added.id()).param("name", "Every reply on the hub")
			.param("senders", "EVERYONE")
			.param("accounts", "HUB")
			.param("unit", france)
			.with(user("hub.admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		ApprovalRule changed = named("Every reply on the hub");
		assertThat(changed.id()).isEqualTo(added.id());
		assertThat(changed.senders()).isEqualTo(ApprovalRule.Senders.EVERYONE);
		assertThat(changed.unit()).isNull();

		mvc.perform(post("/workspace/approval-rules/" + added.id() + "/delete").with(user("hub.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(rules.all()).extracting(ApprovalRule::id).doesNotContain(added.id());
		assertThat(actionsOn(added.id())).containsExactly("workspace.approval-rule-created",
				"workspace.approval-rule-updated", "workspace.approval-rule-deleted");
		mvc.perform(post("/workspace/approval-rules/" + added.id() + "/delete").with(user("hub.admin")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputComesBackWithTheReason() throws Exception {
		mvc.perform(post("/workspace/approval-rules").param("name", " ")
			.param("senders", "AGENCY")
			.param("accounts", "UNIT")
			.param("unit", france)
			.with(user("hub.admin"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("a rule needs a name of 1 to 100 characters")));
	}

	@Test
	void othersReadTheRulesButCannotChangeThem() throws Exception {
		UUID hubRule = rules.all().get(0).id();
		mvc.perform(get("/workspace/approval-rules?lang=en").with(user("fr.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rule-" + hubRule + "\"")))
			.andExpect(content().string(not(containsString("New rule"))))
			.andExpect(content().string(not(containsString("/delete"))));
		mvc.perform(post("/workspace/approval-rules").param("name", "Mine")
			.param("senders", "EVERYONE")
			.param("accounts", "UNIT")
			.param("unit", france)
			.with(user("fr.admin"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/workspace/approval-rules/" + hubRule).param("name", "Mine")
			.param("senders", "EVERYONE")
			.param("accounts", "HUB")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/workspace/approval-rules/" + hubRule).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mine\", \"senders\": \"everyone\", \"accounts\": \"hub\"}")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/workspace/approval-rules/" + hubRule + "/delete").with(user("fr.admin")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(rules.all()).extracting(ApprovalRule::id).contains(hubRule);
		assertThat(rules.all()).extracting(ApprovalRule::name).doesNotContain("Mine");
	}

	@Test
	void theHubChangesARuleOverTheApi() throws Exception {
		ApprovalRule rule = rules.add(directory.system(), "Api rule", "agency", "unit", france);
		mvc.perform(put("/api/v1/workspace/approval-rules/" + rule.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Api rule, renamed\", \"senders\": \"everyone\", \"accounts\": \"subtree\", \"unit\": \""
					+ france + "\"}")
			.with(user("hub.admin"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"senders\":\"everyone\"")));
		assertThat(named("Api rule, renamed").accounts()).isEqualTo(ApprovalRule.Accounts.SUBTREE);
		mvc.perform(put("/api/v1/workspace/approval-rules/" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"senders\": \"everyone\", \"accounts\": \"hub\"}")
			.with(user("hub.admin"))
			.with(csrf())).andExpect(status().isNotFound());
		rules.remove(directory.system(), rule.id());
	}

	@Test
	void thePageSpeaksFrench() throws Exception {
		String page = mvc.perform(get("/workspace/approval-rules").header("Accept-Language", "fr").with(user("hub.admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html lang=\"fr\">", "Règles d'approbation", "Nouvelle règle", "Ajouter la règle",
				"Les réponses de qui", "Sur quels comptes", "Les réponses du personnel des agences", "sur les comptes du hub");
		assertThat(List.of("Approval rules", "New rule", "Add the rule", "Whose replies", "On which accounts",
				"Replies by agency staff", "hub's own accounts", "Change this rule", "Remove the rule", "Set by",
				"Skip to content", "Sign out", ">Inbox<", ">Approvals<", ">Saved replies<", ">Policies<", ">Reports<", ">Channels<"))
			.noneMatch(page::contains);
	}

	private ApprovalRule named(String name) {
		return rules.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private List<String> actionsOn(UUID rule) {
		return jdbc.sql("select action from audit_entry where subject_id = ? order by sequence")
			.param(rule.toString())
			.query(String.class)
			.list();
	}
}
