package io.dandelion.moderation.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.UnitSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ModerationTest
class PoliciesApiTests {

	static final String HUB_RULES = """
			{"rules": [
			  {"key": "hide-abuse", "name": "Hide abuse", "locked": true, "enabled": true,
			   "conditions": [{"type": "label", "label": "abuse", "threshold": 0.8}], "actions": [{"type": "hide"}]},
			  {"key": "review-refunds", "name": "Refunds to review", "locked": false, "enabled": true,
			   "conditions": [{"type": "keyword", "keywords": ["refund"]}],
			   "actions": [{"type": "review", "queue": "care-review"}]}]}""";

	final TestScope hub = TestScope.hubAdmin();
	final TestScope frAdmin = TestScope.of("fr.admin", Role.UNIT_ADMIN, TestUnits.FRANCE);
	final TestScope egAdmin = TestScope.of("eg.admin", Role.UNIT_ADMIN, TestUnits.EGYPT);
	final TestScope frModerator = TestScope.of("fr.moderator", Role.MODERATOR, TestUnits.FRANCE);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Test
	void hubSetsRulesThatASpokeInheritsOverridesAndCannotUnlock() throws Exception {
		saveHubRules();

		save(frAdmin, TestUnits.FRANCE, """
				{"rules": [{"key": "review-refunds", "name": "Refunds to the French helpers", "locked": false,
				  "enabled": true, "conditions": [{"type": "keyword", "keywords": ["remboursement"]}],
				  "actions": [{"type": "route", "queue": "fr-helpers"}]},
				 {"key": "tag-night", "name": "Night traffic", "locked": false, "enabled": true,
				  "conditions": [{"type": "outsideHours", "from": "08:00", "to": "20:00"}], "actions": [{"type": "tag", "tag": "night"}]}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.effective.length()").value(3))
			.andExpect(jsonPath("$.effective[1].rule.key").value("review-refunds"))
			.andExpect(jsonPath("$.effective[1].owner").value(TestUnits.FRANCE.id().toString()))
			.andExpect(jsonPath("$.effective[1].overrides").value(TestUnits.ACME.id().toString()));
		verify(audit, atLeastOnce()).record(argThat(e -> e.action().equals("moderation.rule-overridden")
				&& e.actor().equals("fr.admin") && e.subjectId().endsWith("/review-refunds")));

		save(frAdmin, TestUnits.FRANCE, """
				{"rules": [{"key": "hide-abuse", "name": "Off", "locked": false, "enabled": false,
				  "conditions": [], "actions": [{"type": "hide"}]}]}""")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(containsString("locked")));
	}

	@Test
	void aSpokeReadsTheHubPolicyButCannotChangeIt() throws Exception {
		saveHubRules();

		mvc.perform(get("/api/v1/policies/" + TestUnits.ACME.id()).with(as(frModerator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.editable").value(false))
			.andExpect(jsonPath("$.rules[0].conditions[0].type").value("label"));
		mvc.perform(get("/api/v1/policies").with(as(frAdmin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("acme")))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.not(hasItem("eg"))));
		save(frAdmin, TestUnits.ACME, HUB_RULES).andExpect(status().isForbidden());
		save(frModerator, TestUnits.FRANCE, "{\"rules\": []}").andExpect(status().isForbidden());
	}

	@Test
	void anotherBranchIsNotFoundAndBadRulesAreExplained() throws Exception {
		mvc.perform(get("/api/v1/policies/" + TestUnits.FRANCE.id()).with(as(egAdmin))).andExpect(status().isNotFound());
		save(egAdmin, TestUnits.FRANCE, "{\"rules\": []}").andExpect(status().isNotFound());
		save(egAdmin, TestUnits.EGYPT, """
				{"rules": [{"key": "r", "name": "Bad", "locked": false, "enabled": true,
				  "conditions": [{"type": "regex", "pattern": "("}], "actions": [{"type": "hide"}]}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("not a valid regular expression")));
		save(egAdmin, TestUnits.EGYPT, "{\"rules\": [{\"key\": \"r\", \"conditions\": [{\"type\": \"telepathy\"}]}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("rules could not be read")));
		save(egAdmin, TestUnits.EGYPT, "{\"basedOn\": 41, \"rules\": []}").andExpect(status().isConflict());
	}

	void saveHubRules() throws Exception {
		var current = mvc.perform(get("/api/v1/policies/" + TestUnits.ACME.id()).with(as(hub)))
			.andReturn().getResponse().getContentAsString();
		if (current.contains("\"version\":0")) {
			save(hub, TestUnits.ACME, HUB_RULES).andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(true));
		}
	}

	ResultActions save(TestScope scope, UnitSummary unit, String body) throws Exception {
		return mvc.perform(put("/api/v1/policies/" + unit.id()).with(as(scope)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static RequestPostProcessor as(AccessScope scope) {
		return authentication(new TestingAuthenticationToken(scope, null, "ROLE_USER"));
	}
}
