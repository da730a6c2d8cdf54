package io.dandelion.organisation;

import static io.dandelion.organisation.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberDirectoryTests {

	@Autowired
	TestOrganisation org;

	@Autowired
	MemberDirectory directory;

	@Autowired
	CurrentAccess current;

	@Autowired
	Members members;

	@Autowired
	Teams teams;

	@Autowired
	Units units;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void organisation() {
		org.create();
	}

	@Test
	void aUnitAdminsScopeIsTheirSubtree() {
		var scope = directory.scopeOf(org.frAdmin);

		assertThat(scope.units(ORGANISATION_MANAGE)).containsExactly(org.fr);
		assertThat(scope.actor()).isEqualTo("fr.admin");
		assertThat(scope.member()).contains(org.frAdmin);
	}

	@Test
	void anAgencyModeratorsScopeIsTheContract() {
		var scope = directory.scopeOf(org.agencyModerator);

		assertThat(scope.units(MODERATE)).containsExactly(org.eg);
		assertThat(scope.contract()).hasValueSatisfying(contract -> {
			assertThat(contract.agency()).isEqualTo(org.agency);
			assertThat(contract.languages()).containsExactly("ar");
			assertThat(contract.platforms()).containsExactly("x");
		});
		assertThat(scope.masksPersonalData()).isTrue();
	}

	@Test
	void aHubAdminSeesEveryUnit() {
		var scope = directory.scopeOf(org.hubAdmin);

		assertThat(scope.isHubAdmin()).isTrue();
		assertThat(scope.units(AUDIT_READ)).containsExactlyInAnyOrder(org.acme, org.europe, org.mea, org.fr, org.es, org.eg);
	}

	@Test
	void anApiTokensGrantsAreExpandedToo() {
		var scope = directory.scopeFor("token:reports", List.of(new Grant(Role.ANALYST, org.europe)));

		assertThat(scope.units(ANALYTICS_READ)).containsExactlyInAnyOrder(org.europe, org.fr, org.es);
		assertThat(scope.actor()).isEqualTo("token:reports");
	}

	@Test
	void currentAccessFollowsTheSignedInMember() {
		try {
			SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("es.admin", "", "ROLE_MEMBER"));
			assertThat(current.get().units(ORGANISATION_MANAGE)).containsExactly(org.es);

			var token = directory.scopeFor("token:x", List.of(new Grant(Role.AGENT, org.fr)));
			SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(token, "", "ROLE_API"));
			assertThat(current.get()).isSameAs(token);

			SecurityContextHolder.clearContext();
			assertThat(current.get().units(CONVERSATIONS_READ)).as("nobody signed in: no access, never the system's")
				.isEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void membersSignInWithTheirPasswordUnlessDisabled() throws Exception {
		mvc.perform(formLogin().user("fr.agent").password(TestOrganisation.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin().user("fr.agent").password("wrong password")).andExpect(unauthenticated());

		MemberId disabled = org.member("gone.agent", org.fr, Role.AGENT, org.fr);
		org.members.setEnabled(directory.system(), disabled, false);
		mvc.perform(formLogin().user("gone.agent").password(TestOrganisation.PASSWORD)).andExpect(unauthenticated());
		assertThat(directory.scopeOf(disabled).units(CONVERSATIONS_READ)).isEmpty();
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		assertThat(directory.findByUsername("FR.Agent ")).hasValueSatisfying(account -> {
			assertThat(account.passwordHash()).startsWith("$2").doesNotContain(TestOrganisation.PASSWORD);
			assertThat(account.toString()).doesNotContain("$2");
		});
		assertThat(directory.findByEmail("FR.AGENT@example.com")).isPresent();
	}

	@Test
	void routingFindsTeamMembersByLanguage() {
		assertThat(teams.membersSpeaking(org.frHelpers, "fr")).extracting(m -> m.member().username())
			.containsExactly("fr.agent");
		assertThat(teams.membersSpeaking(org.frHelpers, "es")).isEmpty();
		assertThat(teams.find(org.frHelpers)).hasValueSatisfying(t -> assertThat(t.languages()).containsExactly("en", "fr"));
		assertThat(members.speaking("fr", org.fr)).extracting(MemberSummary::username).containsExactly("fr.agent");
		assertThat(teams.agencyTeamsCovering(org.eg, "ar", "x")).extracting(TeamSummary::id).containsExactly(org.polyglot);
		assertThat(teams.agencyTeamsCovering(org.eg, "ar", "facebook")).isEmpty();
		assertThat(teams.agencyTeamsCovering(org.fr, "ar", "x")).isEmpty();
		assertThat(teams.contractOf(org.polyglot)).contains(org.contract);
		assertThat(teams.contractOf(org.frHelpers)).isEmpty();
	}

	@Test
	void unitsAnswerPathsAndSubtrees() {
		assertThat(units.path(org.fr)).extracting(UnitSummary::code).containsExactly("acme", "europe", "fr");
		assertThat(units.subtree(org.europe)).extracting(UnitSummary::code).containsExactly("europe", "es", "fr");
		assertThat(units.findByCode("eg")).hasValueSatisfying(u -> assertThat(u.languages()).containsExactly("ar", "en"));
		assertThat(units.visibleTo(directory.scopeOf(org.frAdmin), ORGANISATION_MANAGE)).extracting(UnitSummary::code)
			.containsExactly("fr");
		assertThat(Set.copyOf(units.subtreeIds(org.mea))).containsExactlyInAnyOrder(org.mea, org.eg);
	}
}
