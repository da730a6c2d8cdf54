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

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A team's page: its administrators see who is in it and change their capacities, for their own units only. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamPagesTests {

	@Autowired
	TestOrganisation org;

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	TeamAdministration administration;

	@Autowired
	MemberDirectory directory;

	@Autowired
	JdbcClient jdbc;

	TeamId esHelpers;

	MemberId frModerator;

	@BeforeAll
	void organisation() {
		org.create();
		esHelpers = administration.create(directory.system(), org.es, "Spain helpers", TeamKind.CARE_HELPERS, null, 10);
		frModerator = org.member("fr.moderator", org.fr, Role.MODERATOR, org.fr);
	}

	@Test
	void theUnitsPageLinksEachTeamToItsPage() throws Exception {
		mvc.perform(get("/admin/units").with(user("fr.admin")))
			.andExpect(content().string(containsString("href=\"/admin/teams/" + org.frHelpers + "\"")));
	}

	@Test
	void aUnitAdminSeesTheirTeamsMembersWithTheirCapacity() throws Exception {
		mvc.perform(get("/admin/teams/" + org.frHelpers).with(user("fr.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("France helpers")))
			.andExpect(content().string(containsString("id=\"member-" + org.frAgent + "\"")))
			.andExpect(content().string(containsString("name=\"capacity\" type=\"number\" min=\"0\" max=\"1000\" required value=\"8\"")));
	}

	@Test
	void aUnitAdminAddsAMemberChangesTheirCapacityAndRemovesThemAllAudited() throws Exception {
		mvc.perform(post("/admin/teams/" + org.frHelpers + "/members").param("username", "fr.moderator")
			.param("capacity", "3")
			.with(user("fr.admin"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "fr.moderator is in the team, with capacity 3."));
		assertThat(capacityOf(frModerator)).containsExactly(3);

		mvc.perform(post("/admin/teams/" + org.frHelpers + "/members/" + frModerator).param("capacity", "12")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(flash().attribute("message", "fr.moderator now takes 12 conversations at once."));
		assertThat(capacityOf(frModerator)).containsExactly(12);

		mvc.perform(post("/admin/teams/" + org.frHelpers + "/members/" + frModerator + "/remove").with(user("fr.admin"))
			.with(csrf())).andExpect(flash().attribute("message", "fr.moderator left the team."));
		assertThat(capacityOf(frModerator)).isEmpty();

		assertThat(jdbc.sql("select action from audit_entry where subject_id = ? and actor = 'fr.admin' order by sequence")
			.param(org.frHelpers.toString())
			.query(String.class)
			.list()).containsSubsequence("team.member-added", "team.member-capacity-changed", "team.member-removed");
	}

	@Test
	void aMistakeComesBackWithTheReason() throws Exception {
		mvc.perform(post("/admin/teams/" + org.frHelpers + "/members/" + org.frAgent).param("capacity", "5000")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(flash().attribute("error", "a member's capacity is 0 to 1000 open conversations"));
		mvc.perform(post("/admin/teams/" + org.frHelpers + "/members").param("username", "nobody.here")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(flash().attribute("error", "no member signs in as 'nobody.here'"));
		assertThat(capacityOf(org.frAgent)).containsExactly(8);
	}

	@Test
	void franceCannotSeeNorChangeSpainsTeams() throws Exception {
		mvc.perform(get("/admin/teams/" + esHelpers).with(user("fr.admin"))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/teams/" + esHelpers + "/members").param("username", "fr.agent")
			.param("capacity", "3")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(teams.members(esHelpers)).isEmpty();

		administration.addMember(directory.system(), esHelpers, org.esAdmin, 4);
		mvc.perform(post("/admin/teams/" + esHelpers + "/members/" + org.esAdmin).param("capacity", "0")
			.with(user("fr.admin"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/teams/" + esHelpers + "/members/" + org.esAdmin + "/remove").with(user("fr.admin"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(teams.members(esHelpers)).extracting(TeamMember::capacity).containsExactly(4);

		mvc.perform(get("/admin/teams/" + esHelpers).with(user("es.admin"))).andExpect(status().isOk());
		mvc.perform(get("/admin/teams/" + esHelpers).with(user("hub.admin"))).andExpect(status().isOk());
	}

	@Test
	void aMemberWhoIsNotInTheTeamIsNotFoundThere() throws Exception {
		mvc.perform(post("/admin/teams/" + org.frHelpers + "/members/" + org.hubAdmin + "/remove").with(user("fr.admin"))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void thePageSpeaksFrench() throws Exception {
		mvc.perform(get("/admin/teams/" + org.frHelpers).with(user("fr.admin")).locale(Locale.FRENCH)
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ajouter un membre")))
			.andExpect(content().string(containsString("Capacité")))
			.andExpect(content().string(not(containsString("Add a member"))))
			.andExpect(content().string(not(containsString(">Capacity<"))))
			.andExpect(content().string(not(containsString(">Remove<"))));
	}

	private List<Integer> capacityOf(MemberId member) {
		return teams.members(org.frHelpers)
			.stream()
			.filter(m -> m.member().id().equals(member))
			.map(TeamMember::capacity)
			.toList();
	}
}
