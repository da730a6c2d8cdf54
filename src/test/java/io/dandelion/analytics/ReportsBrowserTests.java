package io.dandelion.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.dandelion.organisation.AgencySummary;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Members;
import io.dandelion.organisation.TeamKind;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import io.dandelion.support.Browser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report pages in a real headless Chromium over a week of demo traffic ({@link DemoWeek}): the hub's
 * analyst sees every country, France's admin only France; every chart is drawn by Chart.js from its data
 * attribute (no inline script). Saves screenshots as {@link Browser#screenshot} says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void analystsSeeChartsAndTablesOfTheirUnits(@Autowired DemoOrganisationForTests demo, @Autowired Units units,
			@Autowired Teams teams, @Autowired Members members, @Autowired Agencies agencies, @Autowired RollUps rollUps,
			@Autowired WorkRecords work) {
		assumeThat(Browser.installed())
			.as("Chromium or chromedriver is not installed: browser tests skipped").isTrue();
		demo.seed();
		List<DemoWeek.Country> countries = List.of(country(units, teams, members, "fr", "fr.agent", 40, "fr", "fr", "en"),
				country(units, teams, members, "es", "es.agent", 25, "es", "es", "en"),
				country(units, teams, members, "de", "de.agent", 20, "de"),
				country(units, teams, members, "be", "be.agent", 12, "nl", "fr"),
				country(units, teams, members, "eg", "eg.agent", 15, "ar", "ar", "en"));
		var agency = agencies.all().stream().map(AgencySummary::id).findFirst().orElse(null);
		Instant now = Instant.now();
		new DemoWeek(rollUps, work).feed(countries, agency, now);
		LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
		String period = "from=" + today.minusDays(6) + "&to=" + today;
		String week = "/reports?" + period + "&by=day";

		try (var analyst = Browser.signedIn(base(), "analyst")) {
			analyst.open(week);
			assertThat(charts(analyst)).isEqualTo(7);
			assertThat(analyst.driver.findElement(By.cssSelector("select[name=unit]")).getText()).contains("Spain", "France");
			analyst.screenshot("reports");
			analyst.open("/reports/conversations?" + period + "&by=sentiment&key=negative");
			assertThat(analyst.driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
			analyst.screenshot("reports-drilldown");
		}
		try (var france = Browser.signedIn(base(), "fr.admin")) {
			france.open(week);
			assertThat(charts(france)).isEqualTo(7);
			assertThat(france.driver.findElement(By.cssSelector("select[name=unit]")).getText()).contains("France")
				.doesNotContain("Spain");
			france.screenshot("reports-france");
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static DemoWeek.Country country(Units units, Teams teams, Members members, String code, String agent,
			int perDay, String... languages) {
		var unit = units.findByCode(code).orElseThrow().id();
		return new DemoWeek.Country(unit, teams.ofUnit(unit, TeamKind.CARE_HELPERS).get(0).id(),
				members.findByUsername(agent).orElseThrow().id(), List.of(languages), perDay);
	}

	/** How many canvases Chart.js has drawn, once the page's scripts ran. */
	private static long charts(Browser browser) {
		return browser.until(d -> {
			Object drawn = browser.driver.executeScript("return window.Chart ? Array.from(document.querySelectorAll("
					+ "'canvas[data-chart]')).filter(c => Chart.getChart(c)).length : 0");
			return ((Number) drawn).longValue() > 0 ? (Number) drawn : null;
		}).longValue();
	}

}
