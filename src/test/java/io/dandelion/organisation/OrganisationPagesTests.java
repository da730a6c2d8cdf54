package io.dandelion.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation page: each administrator sees and changes the tree below them, and nothing beside it. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationPagesTests {

	@Autowired
	TestOrganisation org;

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	Members members;

	@BeforeAll
	void organisation() {
		org.create();
	}

	@Test
	void theHubAdminSeesTheWholeTreeWithItsTeamsAndRoles() throws Exception {
		mvc.perform(get("/admin/units").with(user("hub.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-" + org.acme + "\"")))
			.andExpect(content().string(containsString("id=\"unit-" + org.es + "\"")))
			.andExpect(content().string(containsString("France helpers (care helpers)")))
			.andExpect(content().string(containsString("fr.admin: unit admin")));
	}

	@Test
	void aUnitAdminSeesTheirSubtreeOnly() throws Exception {
		mvc.perform(get("/admin/units").with(user("fr.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-" + org.fr + "\"")))
			.andExpect(content().string(not(containsString("unit-" + org.es))))
			.andExpect(content().string(not(containsString("unit-" + org.acme))));
	}

	@Test
	void aUnitAdminAddsATeamButCannotTouchAnotherUnitNorGrantMoreThanTheyHold() throws Exception {
		mvc.perform(post("/admin/units/" + org.fr + "/teams").param("name", "Lyon care").param("kind", "CARE_HELPERS")
			.with(user("fr.admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "team Lyon care added"));
		assertThat(teams.ofUnit(org.fr)).extracting(TeamSummary::name).contains("Lyon care");

		mvc.perform(post("/admin/units/" + org.es + "/teams").param("name", "Pwned").param("kind", "CARE_HELPERS")
			.with(user("fr.admin")).with(csrf())).andExpect(status().isNotFound());
		assertThat(teams.ofUnit(org.es)).extracting(TeamSummary::name).doesNotContain("Pwned");

		mvc.perform(post("/admin/units/" + org.fr + "/grants").param("username", "fr.agent").param("role", "HUB_ADMIN")
			.with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("error", containsString("your roles do not give")));
		assertThat(members.grantsOf(org.frAgent)).extracting(Grant::role).doesNotContain(Role.HUB_ADMIN);
	}

	@Test
	void aMistakeComesBackWithTheReason() throws Exception {
		mvc.perform(post("/admin/units/" + org.fr + "/grants").param("username", "nobody.here").param("role", "AGENT")
			.with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("error", "no member signs in as 'nobody.here'"));
	}
}
