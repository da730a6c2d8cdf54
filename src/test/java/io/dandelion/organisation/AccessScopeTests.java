package io.dandelion.organisation;

import static io.dandelion.organisation.OrganisationFixture.ids;
import static io.dandelion.organisation.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTests {

	final OrganisationFixture org = new OrganisationFixture();

	@Test
	void aGrantCoversTheUnitsWholeSubtree() {
		var scope = GrantedScope.of(org.tree, MemberId.random(), "fr.admin", List.of(new Grant(Role.UNIT_ADMIN, org.fr.id())),
				null);

		assertThat(scope.units(ORGANISATION_MANAGE)).isEqualTo(ids(org.fr, org.frB2b));
		assertThat(scope.can(ORGANISATION_MANAGE, org.frB2b.id())).isTrue();
		assertThat(scope.can(ORGANISATION_MANAGE, org.es.id())).isFalse();
		assertThat(scope.can(ORGANISATION_MANAGE, org.europe.id())).isFalse();
		assertThat(scope.can(AUDIT_READ, org.fr.id())).as("unit admins do not read the audit trail").isFalse();
		assertThat(scope.isHubAdmin()).isFalse();
	}

	@Test
	void aRegionGrantCoversItsCountriesButNotOtherRegions() {
		var scope = GrantedScope.of(org.tree, null, "token", List.of(new Grant(Role.ANALYST, org.europe.id())), null);

		assertThat(scope.units(ANALYTICS_READ)).isEqualTo(ids(org.europe, org.fr, org.frB2b, org.es, org.be));
		assertThat(scope.units(MODERATE)).isEmpty();
		assertThat(scope.member()).isEmpty();
	}

	@Test
	void permissionsOfSeveralGrantsAddUp() {
		var scope = GrantedScope.of(org.tree, MemberId.random(), "be.agent",
				List.of(new Grant(Role.AGENT, org.be.id()), new Grant(Role.SITE_EDITOR, org.fr.id())), null);

		assertThat(scope.units(CONVERSATIONS_WORK)).isEqualTo(ids(org.be));
		assertThat(scope.units(SITES_EDIT)).isEqualTo(ids(org.fr, org.frB2b));
	}

	@Test
	void aHubAdminOnTheGroupSeesEverything() {
		var scope = GrantedScope.of(org.tree, MemberId.random(), "hub.admin", List.of(new Grant(Role.HUB_ADMIN, org.acme.id())),
				null);

		assertThat(scope.isHubAdmin()).isTrue();
		for (Permission permission : Permission.values()) {
			assertThat(scope.units(permission)).hasSize(8);
		}
	}

	@Test
	void anAgencyModeratorIsNarrowedToTheContract() {
		var contract = new ContractLimits(AgencyId.random(), ids(org.mea, org.be), Set.of("ar", "nl"), Set.of(), true);
		var scope = GrantedScope.of(org.tree, MemberId.random(), "agency.moderator",
				List.of(new Grant(Role.MODERATOR, org.acme.id())), contract);

		assertThat(scope.units(MODERATE)).as("contract units with their subtrees, within the grant")
			.isEqualTo(ids(org.mea, org.eg, org.be));
		assertThat(scope.can(MODERATE, org.fr.id())).isFalse();
		assertThat(scope.contract()).hasValueSatisfying(limits -> {
			assertThat(limits.coversLanguage("ar")).isTrue();
			assertThat(limits.coversLanguage("fr")).isFalse();
			assertThat(limits.coversPlatform("x")).as("no platform list means every platform").isTrue();
			assertThat(limits.units()).contains(org.eg.id());
		});
		assertThat(scope.masksPersonalData()).isTrue();
	}

	@Test
	void aContractNeverWidensAGrant() {
		var contract = new ContractLimits(AgencyId.random(), ids(org.acme), Set.of(), Set.of(), false);
		var scope = GrantedScope.of(org.tree, MemberId.random(), "agency.moderator",
				List.of(new Grant(Role.MODERATOR, org.eg.id()), new Grant(Role.HUB_ADMIN, org.acme.id())), contract);

		assertThat(scope.units(MODERATE)).hasSize(8);
		assertThat(scope.isHubAdmin()).as("agency staff are never hub admins").isFalse();
		var narrow = GrantedScope.of(org.tree, MemberId.random(), "m", List.of(new Grant(Role.MODERATOR, org.eg.id())),
				contract);
		assertThat(narrow.units(MODERATE)).isEqualTo(ids(org.eg));
	}

	@Test
	void noGrantsMeanNoAccess() {
		var scope = GrantedScope.none("anonymous");

		for (Permission permission : Permission.values()) {
			assertThat(scope.units(permission)).isEmpty();
		}
		assertThat(scope.can(CONVERSATIONS_READ, org.fr.id())).isFalse();
		assertThat(scope.masksPersonalData()).isFalse();
	}

	@Test
	void theTreeKnowsPathsAndSubtrees() {
		assertThat(org.tree.ancestors(org.frB2b.id())).containsExactly(org.fr, org.europe, org.acme);
		assertThat(org.tree.subtree(org.mea.id())).containsExactly(org.mea.id(), org.eg.id());
		assertThat(org.tree.all()).first().isEqualTo(org.acme);
		assertThat(org.tree.isWithin(org.frB2b.id(), org.europe.id())).isTrue();
		assertThat(org.tree.isWithin(org.eg.id(), org.europe.id())).isFalse();
		assertThat(org.tree.subtree(UnitId.random())).isEmpty();
	}
}
