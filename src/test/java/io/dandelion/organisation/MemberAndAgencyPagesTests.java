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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The member and agency pages: each administrator manages the members and contracts of their own units only. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberAndAgencyPagesTests {

	@Autowired
	TestOrganisation org;

	@Autowired
	MockMvc mvc;

	@Autowired
	Members members;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@BeforeAll
	void organisation() {
		org.create();
	}

	@Test
	void aUnitAdminAddsAMemberWithLanguagesAndGivesThemARole() throws Exception {
		mvc.perform(get("/admin/members").with(user("fr.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/members/" + org.frAgent + "\"")))
			.andExpect(content().string(containsString("fr:native, en:working")))
			.andExpect(content().string(not(containsString("/admin/members/" + org.esAdmin))));

		mvc.perform(post("/admin/members").with(user("fr.admin")).with(csrf())
			.param("username", "fr.newcomer").param("displayName", "Camille <Newcomer>").param("email", "camille@example.fr")
			.param("homeUnit", org.fr.toString()).param("password", "long enough").param("languages", "fr:native, en:fluent"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/members/*"))
			.andExpect(flash().attribute("message", "Member fr.newcomer added."));
		var camille = members.findByUsername("fr.newcomer").orElseThrow();
		assertThat(camille.languages()).containsExactly(new LanguageSkill("fr", LanguageLevel.NATIVE),
				new LanguageSkill("en", LanguageLevel.FLUENT));

		String page = "/admin/members/" + camille.id();
		mvc.perform(get(page).with(user("fr.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Camille &lt;Newcomer&gt;")));
		mvc.perform(post(page + "/grants").param("role", "AGENT").param("unit", org.fr.toString())
			.with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "Role granted."));
		mvc.perform(post(page + "/languages").param("languages", "fr:native, de").with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "Language skills saved."));
		mvc.perform(post(page + "/password").param("password", "short").with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("error", "a password is 8 to 72 characters"));
		mvc.perform(post(page + "/password").param("password", "a new long one").with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "Password set. Tell the member through a channel you trust."));
		assertThat(passwords.matches("a new long one", jdbc.sql("select password_hash from members where id = ?")
			.param(camille.id().value())
			.query(String.class)
			.single())).isTrue();
		mvc.perform(post(page + "/enabled").param("enabled", "false").with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "The member can no longer sign in."));

		assertThat(members.grantsOf(camille.id())).containsExactly(new Grant(Role.AGENT, org.fr));
		var changed = members.find(camille.id()).orElseThrow();
		assertThat(changed.languages()).extracting(LanguageSkill::language).containsExactly("fr", "de");
		assertThat(changed.enabled()).isFalse();
		assertThat(jdbc.sql("select action from audit_entry where subject_id = ? order by sequence")
			.param(camille.id().toString())
			.query(String.class)
			.list()).containsExactly("member.created", "grant.added", "member.languages-changed", "member.password-reset",
					"member.disabled");
	}

	@Test
	void aUnitAdminCannotSeeOrChangeAnotherUnitsMemberNorGrantMoreThanTheyHold() throws Exception {
		String spanish = "/admin/members/" + org.esAdmin;
		mvc.perform(get(spanish).with(user("fr.admin"))).andExpect(status().isNotFound());
		mvc.perform(post(spanish + "/languages").param("languages", "fr").with(user("fr.admin")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(spanish + "/enabled").param("enabled", "false").with(user("fr.admin")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(members.find(org.esAdmin).orElseThrow().enabled()).isTrue();

		String agent = "/admin/members/" + org.frAgent;
		mvc.perform(post(agent + "/grants").param("role", "HUB_ADMIN").param("unit", org.fr.toString())
			.with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("error", containsString("your roles do not give")));
		mvc.perform(post(agent + "/languages").param("languages", "fr:superb").with(user("fr.admin")).with(csrf()))
			.andExpect(flash().attribute("error", "'superb' is not a level: write one of basic, working, fluent, native"));
		mvc.perform(post("/admin/members").with(user("fr.admin")).with(csrf()).param("username", "es.intruder")
			.param("displayName", "Intruder").param("homeUnit", org.es.toString()))
			.andExpect(status().isNotFound());
		assertThat(members.findByUsername("es.intruder")).isEmpty();
		assertThat(members.grantsOf(org.frAgent)).extracting(Grant::role).containsExactly(Role.AGENT);
	}

	@Test
	void theHubRegistersAnAgencyAndAUnitAdminBuysModerationForTheirUnitOnly() throws Exception {
		mvc.perform(get("/admin/agencies").with(user("hub.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Polyglot Moderation")))
			.andExpect(content().string(containsString("Arabic moderation")));
		mvc.perform(post("/admin/agencies").param("name", "Lingua Care").with(user("hub.admin")).with(csrf()))
			.andExpect(flash().attribute("message", "Agency Lingua Care registered."));
		var lingua = agencies.all().stream().filter(a -> a.name().equals("Lingua Care")).findFirst().orElseThrow();

		mvc.perform(post("/admin/agencies").param("name", "Rogue").with(user("fr.admin")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies").with(user("fr.admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Arabic moderation"))))
			.andExpect(content().string(containsString("No agency works for your units.")));

		mvc.perform(post("/admin/agencies/" + lingua.id() + "/contracts").with(user("fr.admin")).with(csrf())
			.param("name", "French nights").param("unit", org.fr.toString()).param("languages", "fr, ar")
			.param("platforms", "Facebook, x").param("hours", "20").param("startsOn", "2027-01-01"))
			.andExpect(flash().attribute("message", "Contract French nights written."));
		var contract = agencies.contracts(lingua.id()).get(0);
		assertThat(contract.units()).containsExactly(org.fr);
		assertThat(contract.languages()).containsExactly("fr", "ar");
		assertThat(contract.platforms()).containsExactlyInAnyOrder("facebook", "x");
		assertThat(contract.maskPersonalData()).as("an unticked box unmasks").isFalse();

		mvc.perform(post("/admin/contracts/" + contract.id()).with(user("fr.admin")).with(csrf())
			.param("name", "French nights").param("unit", org.fr.toString()).param("unit", org.es.toString()))
			.andExpect(status().isNotFound());
		var arabic = agencies.contracts(org.agency).get(0);
		mvc.perform(post("/admin/contracts/" + arabic.id()).with(user("fr.admin")).with(csrf())
			.param("name", "Mine now").param("unit", org.fr.toString()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/contracts/" + contract.id()).with(user("fr.admin")).with(csrf())
			.param("name", "French nights").param("unit", org.fr.toString()).param("mask", "true").param("endsOn", "2026-01-01")
			.param("startsOn", "2027-01-01"))
			.andExpect(flash().attribute("error", "a contract cannot end before it starts"));
		mvc.perform(post("/admin/contracts/" + contract.id()).with(user("fr.admin")).with(csrf())
			.param("name", "French nights").param("unit", org.fr.toString()).param("mask", "true").param("languages", "fr"))
			.andExpect(flash().attribute("message", "Contract French nights saved."));
		assertThat(agencies.contract(contract.id()).orElseThrow().maskPersonalData()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('agency.created', 'contract.created', 'contract.updated')"
				+ " and (subject_id = ? or subject_id = ?)")
			.params(lingua.id().toString(), contract.id().toString())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void thePagesSpeakFrench() throws Exception {
		mvc.perform(get("/admin/members").with(user("fr.admin")).locale(Locale.FRENCH))
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content().string(containsString("Unité de rattachement")));
		mvc.perform(get("/admin/units").with(user("fr.admin")).locale(Locale.FRENCH))
			.andExpect(content().string(containsString("Ajouter ici une unité, une équipe ou un rôle")))
			.andExpect(content().string(containsString("France helpers (service client)")));
		mvc.perform(get("/admin/agencies").with(user("hub.admin")).locale(Locale.FRENCH))
			.andExpect(content().string(containsString("Données personnelles masquées")));
		mvc.perform(get("/admin/members").with(user("fr.admin")).locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Home unit")));
	}
}
