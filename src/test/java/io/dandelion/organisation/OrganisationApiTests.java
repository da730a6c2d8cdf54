package io.dandelion.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationApiTests {

	@Autowired
	TestOrganisation org;

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	Members members;

	@BeforeAll
	void organisation() {
		org.create();
	}

	@Test
	void aUnitAdminSeesOnlyTheirUnit() throws Exception {
		as("fr.admin", get("/api/v1/units")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(everyItem(startsWith("fr"))))
			.andExpect(jsonPath("$[*].code").value(hasItem("fr")));
		as("fr.admin", get("/api/v1/units/" + org.es)).andExpect(status().isNotFound());
		as("fr.admin", get("/api/v1/teams?unit=" + org.es)).andExpect(status().isNotFound());
		as("fr.admin", get("/api/v1/members/" + org.esAdmin)).andExpect(status().isNotFound());
		as("fr.admin", get("/api/v1/members")).andExpect(jsonPath("$[*].username").value(hasItems("fr.admin", "fr.agent")))
			.andExpect(jsonPath("$[*].username").value(not(hasItem("es.admin"))));
	}

	@Test
	void aHubAdminSeesEveryUnit() throws Exception {
		as("hub.admin", get("/api/v1/units")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code")
				.value(containsInAnyOrder("acme", "europe", "mea", "fr", "es", "eg")))
			.andExpect(jsonPath("$[0].code").value("acme"));
		as("hub.admin", get("/api/v1/agencies")).andExpect(jsonPath("$[0].name").value("Polyglot Moderation"));
	}

	@Test
	void aUnitAdminChangesTheirUnitButNotAnother() throws Exception {
		as("fr.admin", json(put("/api/v1/units/" + org.fr),
				"{\"name\":\"France métropolitaine\",\"timeZone\":\"Europe/Paris\",\"languages\":[\"fr\",\"br\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.languages[1]").value("br"));
		assertThat(units.find(org.fr).orElseThrow().name()).isEqualTo("France métropolitaine");

		as("fr.admin", json(put("/api/v1/units/" + org.es), "{\"name\":\"Mine\",\"timeZone\":\"Europe/Paris\"}"))
			.andExpect(status().isNotFound());
		as("fr.admin", json(post("/api/v1/units"),
				"{\"code\":\"es-islands\",\"name\":\"Islas\",\"kind\":\"BUSINESS_UNIT\",\"parent\":\"" + org.es
						+ "\",\"timeZone\":\"Atlantic/Canary\"}"))
			.andExpect(status().isNotFound());
		assertThat(units.findByCode("es")).hasValueSatisfying(es -> assertThat(es.name()).isEqualTo("ES"));
	}

	@Test
	void aUnitAdminCreatesBelowTheirUnitAndManagesTheirPeople() throws Exception {
		as("fr.admin", json(post("/api/v1/units"), "{\"code\":\"fr-pro\",\"name\":\"Acme Pro\",\"kind\":\"BUSINESS_UNIT\","
				+ "\"parent\":\"" + org.fr + "\",\"timeZone\":\"Europe/Paris\",\"languages\":[\"fr\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("fr-pro"));
		UnitId pro = units.findByCode("fr-pro").orElseThrow().id();

		as("fr.admin", json(post("/api/v1/members"), "{\"username\":\"pro.agent\",\"displayName\":\"Pro Agent\","
				+ "\"homeUnit\":\"" + pro + "\",\"languages\":[{\"language\":\"fr\",\"level\":\"NATIVE\"}]}"))
			.andExpect(status().isCreated());
		MemberId agent = members.findByUsername("pro.agent").orElseThrow().id();
		as("fr.admin", json(post("/api/v1/members/" + agent + "/grants"), "{\"role\":\"AGENT\",\"unit\":\"" + pro + "\"}"))
			.andExpect(status().isCreated());
		as("fr.admin", json(post("/api/v1/members/" + agent + "/grants"), "{\"role\":\"AGENT\",\"unit\":\"" + org.es + "\"}"))
			.andExpect(status().isNotFound());
		as("fr.admin", json(post("/api/v1/members/" + agent + "/grants"), "{\"role\":\"HUB_ADMIN\",\"unit\":\"" + org.fr + "\"}"))
			.andExpect(status().isForbidden()); // nobody hands out more than they hold
		assertThat(members.grantsOf(agent)).containsExactly(new Grant(Role.AGENT, pro));
	}

	@Test
	void aUnitAdminCannotTakeOverAMorePowerfulMember() throws Exception {
		MemberId boss = org.member("fr.boss", org.fr, Role.HUB_ADMIN, org.acme);

		as("fr.admin", json(post("/api/v1/members/" + boss + "/password"), "{}")).andExpect(status().isForbidden());
		as("fr.admin", json(put("/api/v1/members/" + boss + "/enabled"), "{\"enabled\":false}"))
			.andExpect(status().isForbidden());
		as("hub.admin", json(post("/api/v1/members/" + boss + "/password"), "{}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.password").isString());
	}

	@Test
	void badInputGetsAClearMessage() throws Exception {
		as("fr.admin", json(put("/api/v1/units/" + org.fr), "{\"name\":\"France\",\"timeZone\":\"Mars/Olympus\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not a time zone")));
		as("fr.admin", json(put("/api/v1/units/" + org.fr), "{\"name\":\"France\",\"timeZone\":\"Europe/Paris\",\"languages\":[\"xx\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ISO 639-1")));
		as("fr.admin", json(post("/api/v1/teams"), "{\"name\":\"No unit\",\"kind\":\"COMMUNITY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'unit' is required"));
		as("fr.admin", get("/api/v1/units/not-a-uuid")).andExpect(status().isBadRequest());
	}

	@Test
	void anAgencyModeratorManagesNothing() throws Exception {
		as("agency.moderator", get("/api/v1/units")).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		as("agency.moderator", get("/api/v1/teams/" + org.polyglot)).andExpect(status().isNotFound());
	}

	@Test
	void contractsAreChangedOnlyByWhoeverManagesAllTheirUnits() throws Exception {
		String terms = "{\"name\":\"Arabic moderation\",\"units\":[\"" + org.eg + "\",\"" + org.fr
				+ "\"],\"languages\":[\"ar\",\"fr\"],\"maskPersonalData\":true}";
		as("fr.admin", json(put("/api/v1/contracts/" + org.contract), terms)).andExpect(status().isNotFound());
		as("hub.admin", json(put("/api/v1/contracts/" + org.contract), terms)).andExpect(status().isOk())
			.andExpect(jsonPath("$.languages[1]").value("fr"));
		as("fr.admin", get("/api/v1/contracts/" + org.contract)).andExpect(status().isOk());
		as("fr.admin", json(put("/api/v1/contracts/" + org.contract), terms)).andExpect(status().isNotFound());
		as("fr.admin", json(post("/api/v1/agencies"), "{\"name\":\"Other\"}")).andExpect(status().isForbidden());
	}

	private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(username)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
