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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The report pages in a real headless Chromium over a week of demo traffic ({@link DemoWeek}): the hub's
 * analyst sees every country, France's admin only France; every chart is drawn by Chart.js from its data
 * attribute (no inline script). Writes the screenshots in {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Test
	void analystsSeeChartsAndTablesOfTheirUnits(@Autowired DemoOrganisationForTests demo, @Autowired Units units,
			@Autowired Teams teams, @Autowired Members members, @Autowired Agencies agencies, @Autowired RollUps rollUps,
			@Autowired WorkRecords work) throws IOException {
		assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
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

		try (var analyst = new Session("analyst")) {
			analyst.open(week);
			assertThat(analyst.charts()).isEqualTo(7);
			assertThat(analyst.driver.findElement(By.cssSelector("select[name=unit]")).getText()).contains("Spain", "France");
			analyst.screenshot("reports");
			analyst.open("/reports/conversations?" + period + "&by=sentiment&key=negative");
			assertThat(analyst.driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
			analyst.screenshot("reports-drilldown");
		}
		try (var france = new Session("fr.admin")) {
			france.open(week);
			assertThat(france.charts()).isEqualTo(7);
			assertThat(france.driver.findElement(By.cssSelector("select[name=unit]")).getText()).contains("France")
				.doesNotContain("Spain");
			france.screenshot("reports-france");
		}
	}

	private static DemoWeek.Country country(Units units, Teams teams, Members members, String code, String agent,
			int perDay, String... languages) {
		var unit = units.findByCode(code).orElseThrow().id();
		return new DemoWeek.Country(unit, teams.ofUnit(unit, TeamKind.CARE_HELPERS).get(0).id(),
				members.findByUsername(agent).orElseThrow().id(), List.of(languages), perDay);
	}

	/** One headless Chromium signed in as a demo member. */
	private final class Session implements AutoCloseable {

		final ChromeDriver driver;

		Session(String username) {
			var options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--window-size=1360,3600", "--lang=en-GB");
			driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build(), options);
			open("/login");
			driver.findElement(By.id("username")).sendKeys(username);
			driver.findElement(By.id("password")).sendKeys("dandelion");
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
		}

		void open(String path) {
			driver.get("http://localhost:" + port + path);
		}

		/** How many canvases Chart.js has drawn, once the page's scripts ran. */
		long charts() {
			return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
				Object drawn = driver.executeScript("return window.Chart ? Array.from(document.querySelectorAll("
						+ "'canvas[data-chart]')).filter(c => Chart.getChart(c)).length : 0");
				return ((Number) drawn).longValue() > 0 ? (Number) drawn : null;
			}).longValue();
		}

		void screenshot(String name) throws IOException {
			Path target = Path.of("docs", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}

		@Override
		public void close() {
			driver.quit();
		}
	}
}
