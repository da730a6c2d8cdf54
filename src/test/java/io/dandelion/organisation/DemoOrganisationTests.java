package io.dandelion.organisation;

import static io.dandelion.organisation.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc // unused here: the same configuration as most tests, so their context is shared, not started again
@RecordApplicationEvents
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoOrganisationTests {

	@Autowired
	DemoOrganisation demo;

	@Autowired
	MemberDirectory directory;

	@Autowired
	Units units;

	@Autowired
	Teams teams;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void seedsOnceAndThenLeavesTheOrganisationAlone(ApplicationEvents events) {
		assertThat(demo.seed()).isTrue();
		int unitCount = count("units");
		int memberCount = count("members");

		assertThat(demo.seed()).as("the group exists now").isFalse();

		assertThat(count("units")).isEqualTo(unitCount);
		assertThat(count("members")).isEqualTo(memberCount);
		assertThat(events.stream(DemoOrganisationSeeded.class)).singleElement()
			.satisfies(seeded -> assertThat(seeded.units()).containsKeys("acme", "fr", "be", "es", "pl", "ro", "eg"));
	}

	@Test
	void theDemoHasSpokesWithTheirOwnLanguagesAndOneMemberPerRole() {
		demo.seed();

		assertThat(units.root()).hasValueSatisfying(root -> assertThat(root.name()).isEqualTo("Acme Telecom"));
		assertThat(units.findByCode("be")).hasValueSatisfying(be -> assertThat(be.languages()).containsExactly("fr", "nl"));
		assertThat(units.findByCode("eg")).hasValueSatisfying(eg -> assertThat(eg.languages()).containsExactly("ar", "en"));
		assertThat(count("units where kind = 'COUNTRY'")).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("select distinct role from role_grants").query(String.class).list())
			.containsExactlyInAnyOrder("HUB_ADMIN", "UNIT_ADMIN", "COMMUNITY_MANAGER", "MODERATOR", "AGENT", "ANALYST",
					"SITE_EDITOR");
		UnitId fr = units.findByCode("fr").orElseThrow().id();
		assertThat(teams.ofUnit(fr, TeamKind.CARE_HELPERS)).singleElement()
			.satisfies(team -> assertThat(teams.membersSpeaking(team.id(), "fr")).isNotEmpty());
		assertThat(units.businessHours(fr).week().get(java.time.DayOfWeek.SATURDAY)).hasSize(1);
	}

	@Test
	void theDemoAgencyModeratorWorksOnlyWithinTheContract() {
		demo.seed();
		var scope = directory.scopeOf(directory.findByUsername("agency.moderator").orElseThrow().id());

		assertThat(units.visibleTo(scope, MODERATE)).extracting(UnitSummary::code)
			.containsExactlyInAnyOrder("mea", "eg", "ma", "be", "pl", "ro");
		assertThat(scope.masksPersonalData()).isTrue();
		assertThat(scope.contract().orElseThrow().coversLanguage("tr")).isTrue();
		assertThat(scope.contract().orElseThrow().coversLanguage("fr")).isFalse();
		var hub = directory.scopeOf(directory.findByUsername("hub.admin").orElseThrow().id());
		assertThat(hub.isHubAdmin()).isTrue();
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
