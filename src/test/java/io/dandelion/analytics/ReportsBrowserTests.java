package io.dandelion.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.dandelion.organisation.AgencySummary;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Members;
import io.dandelion.organisation.TeamKind;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import io.dandelion.support.Browser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report pages in a real headless Chromium over a week of demo traffic ({@link DemoWeek}): the hub's
 * analyst sees every country, France's admin only France; every chart is drawn by Chart.js from its data
 * attribute (no inline script); France's admin reads them in French, sets an alert threshold through the
 * form and sees the channels' health and ingest lag on the monitoring page. Saves screenshots as
 * {@link Browser#screenshot} says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void analystsSeeChartsAndTablesOfTheirUnits(@Autowired DemoOrganisationForTests demo, @Autowired Units units,
			@Autowired Teams teams, @Autowired Members members, @Autowired Agencies agencies, @Autowired RollUps rollUps,
			@Autowired WorkRecords work, @Autowired OperationsMetrics metrics, @Autowired JdbcClient jdbc) {
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
			// the same week by team: the demo countries' care teams, each with its messages, times and SLA
			analyst.open("/reports/breakdown?" + period + "&by=team");
			assertThat(charts(analyst)).isEqualTo(3);
			assertThat(analyst.driver.findElements(By.cssSelector("section[aria-labelledby=table] tbody tr")))
				.hasSizeGreaterThanOrEqualTo(countries.size());
			analyst.screenshot("reports-by-team");
		}
		try (var france = Browser.signedIn(base(), "fr.admin")) {
			france.open(week);
			assertThat(charts(france)).isEqualTo(7);
			assertThat(france.driver.findElement(By.cssSelector("select[name=unit]")).getText()).contains("France")
				.doesNotContain("Spain");
			france.screenshot("reports-france");

			france.open(week + "&lang=fr");
			assertThat(france.text("h1")).isEqualTo("Rapports");
			assertThat(charts(france)).isEqualTo(7);
			france.screenshot("reports-fr");

			// a threshold set through the form (in French: the language choice is kept in a cookie)
			france.open("/reports/alerts");
			france.find("select[name=kind] option[value=KEYWORD]").click();
			france.find("input[name=keyword]").sendKeys("panne");
			france.find("input[name=threshold]").sendKeys("20");
			france.find("input[name=email]").sendKeys("care-lead@example.com");
			france.click("form.alert-rule-form button[type=submit]");
			france.until(d -> d.findElements(By.cssSelector("tr.alert-rule")).isEmpty() ? null : true);
			assertThat(france.text("tr.alert-rule")).contains("France", "mot-clé", "panne", "20", "care-lead@example.com");
			france.screenshot("alerts");

			// channels' health and the ingest lag of the last minutes, as the monitoring page shows them
			UnitId fr = units.findByCode("fr").orElseThrow().id();
			channel(jdbc, fr, teams, "x", "acme_fr", "FAILING", 3, now.minusSeconds(1500), now.minusSeconds(1200));
			channel(jdbc, fr, teams, "facebook", "Acme France", "HEALTHY", 0, now.minusSeconds(40), now.plusSeconds(20));
			channel(jdbc, fr, teams, "instagram", "acme.france", "RATE_LIMITED", 1, now.minusSeconds(300), now.plusSeconds(600));
			for (String platform : List.of("x", "facebook", "instagram")) {
				var thread = Traffic.Thread.on(fr, io.dandelion.channels.ChannelId.random(), platform);
				for (int i = 1; i <= 20; i++) {
					var message = thread.customerWrites(now.minusSeconds(i * 4L + platform.length() * 3L).toString());
					metrics.received(List.of(message));
					metrics.moderated(List.of(message));
				}
			}
			france.open("/reports/monitoring");
			assertThat(france.text("h1")).isEqualTo("Supervision");
			assertThat(france.driver.findElements(By.cssSelector("tr.channel-health.troubled")))
				.extracting(row -> row.getText())
				.anySatisfy(row -> assertThat(row).contains("acme_fr", "en échec"))
				.noneSatisfy(row -> assertThat(row).contains("Acme France"));
			france.screenshot("monitoring");
		}
	}

	private static void channel(JdbcClient jdbc, UnitId unit, Teams teams, String platform, String handle, String health,
			int failures, Instant lastPolled, Instant due) {
		jdbc.sql("""
				insert into channel (id, unit_id, owner_team_id, platform, handle, health, failures, last_polled_at,
				                     next_poll_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), unit.value(), teams.ofUnit(unit, TeamKind.CARE_HELPERS).get(0).id().value(), platform,
					handle, health, failures, lastPolled.atOffset(ZoneOffset.UTC), due.atOffset(ZoneOffset.UTC))
			.update();
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
