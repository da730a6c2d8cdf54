package io.dandelion.routing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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

/**
 * {@code /api/v1/sla-policies}: the hub's default applies to every spoke, which sees it as inherited and
 * sets its own more specific one; writing needs the policy role on the unit, out-of-scope units are 404,
 * malformed input 400 with a sentence, and every change is in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaPoliciesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrganisationForTests demo;

	String groupDefault;

	@BeforeAll
	void acmeTelecomWithAGroupDefault() throws Exception {
		demo.seed();
		var created = as("hub.admin", json(post("/api/v1/sla-policies"), policy("Group default", unit("acme"), "PT8H")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.inherited").value(false))
			.andReturn();
		groupDefault = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void aSpokeInheritsTheHubDefaultSeesItAsInheritedAndCannotChangeIt() throws Exception {
		as("es.admin", get("/api/v1/sla-policies?unit=" + unit("es"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Group default')].inherited").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.name == 'Group default')].editable").value(hasItem(false)));
		as("hub.admin", get("/api/v1/sla-policies/effective?unit=" + unit("de") + "&platform=x"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Group default"))
			.andExpect(jsonPath("$.inherited").value(true))
			.andExpect(jsonPath("$.firstResponse").value("PT8H"));

		as("es.admin", json(put("/api/v1/sla-policies/" + groupDefault), policy("Mine now", unit("acme"), "PT1H")))
			.andExpect(status().isForbidden());
		as("es.admin", delete("/api/v1/sla-policies/" + groupDefault)).andExpect(status().isForbidden());
		as("fr.agent", delete("/api/v1/sla-policies/" + groupDefault)).andExpect(status().isForbidden());
	}

	@Test
	void aSpokesOwnPolicyWinsOverTheHubDefaultAndCanBeChangedAndRemoved() throws Exception {
		var created = as("fr.admin",
				json(post("/api/v1/sla-policies"), policy("France care", unit("fr"), "PT2H").replace("}",
						", \"onBreach\": [\"raise_priority\", \"escalate-to-hub\"]}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.onBreach[0]").value("escalate_to_hub"))
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		as("fr.admin", get("/api/v1/sla-policies?unit=" + unit("fr-business"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("France care"))
			.andExpect(jsonPath("$[0].inherited").value(true))
			.andExpect(jsonPath("$[0].editable").value(true))
			.andExpect(jsonPath("$[1].name").value("Group default"));
		as("fr.admin", get("/api/v1/sla-policies/effective?unit=" + unit("fr-business") + "&platform=facebook"))
			.andExpect(jsonPath("$.name").value("France care"));

		as("fr.admin", json(put("/api/v1/sla-policies/" + id), policy("France care", null, "PT3H")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstResponse").value("PT3H"))
			.andExpect(jsonPath("$.onBreach").isEmpty());
		as("fr.admin", delete("/api/v1/sla-policies/" + id)).andExpect(status().isNoContent());
		as("fr.admin", get("/api/v1/sla-policies/effective?unit=" + unit("fr")))
			.andExpect(jsonPath("$.name").value("Group default"));

		assertThat(jdbc.sql("select action from audit_entry where subject_type = 'sla-policy' and subject_id = ? "
				+ "order by sequence").param(id).query(String.class).list())
			.containsExactly("routing.sla-policy-created", "routing.sla-policy-changed", "routing.sla-policy-deleted");
	}

	@Test
	void anotherCountryDoesNotExistForASpokeAdminAndAgentsDoNotWritePolicies() throws Exception {
		as("fr.admin", json(post("/api/v1/sla-policies"), policy("Not mine", unit("es"), "PT1H")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("no unit " + unit("es")));
		as("fr.admin", get("/api/v1/sla-policies?unit=" + unit("es"))).andExpect(status().isNotFound());
		as("fr.admin", get("/api/v1/sla-policies")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(not(hasItem("Group default"))));
		as("fr.agent", json(post("/api/v1/sla-policies"), policy("Agent's own", unit("fr"), "PT1H")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from sla_policy where name in ('Not mine', 'Agent''s own')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void malformedPoliciesAreRefusedWithASentence() throws Exception {
		String be = unit("ro");
		bad(policy("Romania", be, "4 hours"), "'firstResponse' must be an ISO-8601 duration such as PT4H, not 4 hours");
		bad(policy("Romania", be, "PT0S"), "an SLA target must be positive, not PT0S");
		bad(policy("", be, "PT1H"), "'name' is required (1 to 100 characters)");
		bad(policy("Romania", be, "PT1H").replace("}", ", \"priority\": 9}"), "'priority' runs from 1 (most urgent) to 5, not 9");
		bad(policy("Romania", be, "PT1H").replace("}", ", \"warnAt\": 1.5}"),
				"the warning point is a share between 0 and 1, not 1.5");
		bad(policy("Romania", be, "PT1H").replace("}", ", \"onBreach\": [\"explode\"]}"),
				"'onBreach' takes raise_priority, return_to_queue and escalate_to_hub, not explode");
		bad(policy("Romania", "nowhere", "PT1H"), "not a valid unit id: nowhere");
		as("hub.admin", json(post("/api/v1/sla-policies"), "{nope")).andExpect(status().isBadRequest());

		as("hub.admin", json(post("/api/v1/sla-policies"), policy("Romania", be, "PT1H"))).andExpect(status().isCreated());
		bad(policy("Romania again", be, "PT1H"), "that unit already has a policy for this platform and priority");
	}

	@Test
	void aPolicyForOneAccountWinsOnThatAccountOnly() throws Exception {
		String body = as("hub.admin", json(post("/api/v1/channels"), "{\"unit\": \"" + unit("pl") + "\", \"ownerTeam\": \""
				+ jdbc.sql("select id from teams where name = 'Poland community'").query(UUID.class).single()
				+ "\", \"platform\": \"facebook\", \"handle\": \"@acme_pl_sla\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String account = JsonPath.read(body, "$.id");
		String policy = policy("Polish Facebook page", unit("pl"), "PT30M").replace("}", ", \"channel\": \"" + account + "\"}");

		as("hub.admin", json(post("/api/v1/sla-policies"), policy)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value(account));

		as("hub.admin", get("/api/v1/sla-policies/effective?unit=" + unit("pl") + "&channel=" + account + "&platform=facebook"))
			.andExpect(jsonPath("$.name").value("Polish Facebook page"));
		as("hub.admin", get("/api/v1/sla-policies/effective?unit=" + unit("pl") + "&platform=facebook"))
			.andExpect(jsonPath("$.name").value("Group default"));
		bad(policy.replace(unit("pl"), unit("de")), "the account belongs to a unit outside the policy's unit");
		bad(policy.replace("}", ", \"platform\": \"x\"}"), "the account is on facebook, not x");
	}

	@Test
	void routingsOperationsAreInTheOpenApiDescription() throws Exception {
		as("hub.admin", get("/api/v1/openapi")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/sla-policies'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/sla-policies/effective'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/messages/{id}/reply-claims'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/conversations/{id}/replying'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/conversations/{id}/escalate'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/queues/{id}/next'].post").exists());
	}

	private void bad(String body, String error) throws Exception {
		as("hub.admin", json(post("/api/v1/sla-policies"), body)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(error));
	}

	private static String policy(String name, String unit, String firstResponse) {
		return "{\"name\": \"" + name + "\"" + (unit == null ? "" : ", \"unit\": \"" + unit + "\"")
				+ ", \"firstResponse\": \"" + firstResponse + "\", \"nextResponse\": \"PT8H\", \"resolution\": \"P3D\"}";
	}

	private String unit(String code) {
		return jdbc.sql("select id from units where code = ?").param(code).query(UUID.class).single().toString();
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
