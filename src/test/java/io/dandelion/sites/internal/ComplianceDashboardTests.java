package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.sites.BlueprintId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ComplianceDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ComplianceRuns runs;

	@Autowired
	ComplianceDashboard dashboard;

	@Autowired
	SitePages pages;

	@Autowired
	RegionOverrides overrides;

	SitesFixture fixture;

	BlueprintId blueprint;

	Site lyon;

	Site madrid;

	@Autowired
	void fixture(Blueprints blueprints, Sites sites) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@BeforeEach
	void twoSites() {
		blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
		lyon = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		madrid = fixture.site(fixture.esEditor, fixture.es, blueprint, "fr");
	}

	@Test
	void theNightlyRunChecksEverySiteOncePerSlotWhateverTheNodes() {
		pages.save(fixture.frEditor, lyon, "home", "fr", "Accueil", "#### Trop profond\n\n![](/photo.jpg)");
		var slot = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(7, ChronoUnit.DAYS);
		assertThat(runs.run(slot, "SCHEDULE", "system")).isTrue();
		assertThat(runs.run(slot, "SCHEDULE", "system")).as("a second node, same slot").isFalse();
		var rows = dashboard.rows(fixture.hub);
		assertThat(rows).hasSize(2).allMatch(r -> r.checks().size() == CheckName.values().length);
		var lyonRow = row(rows, lyon);
		assertThat(lyonRow.outcome(CheckName.HEADING_ORDER).status()).isEqualTo(CheckOutcome.Status.WARN);
		assertThat(lyonRow.outcome(CheckName.IMAGE_ALT).status()).as("warns by default, never blocks")
			.isEqualTo(CheckOutcome.Status.WARN);
		assertThat(row(rows, madrid).outcome(CheckName.HEADING_ORDER).status()).isEqualTo(CheckOutcome.Status.PASS);
		assertThat(runs.latest()).hasValueSatisfying(run -> assertThat(run.sites()).isGreaterThanOrEqualTo(2));
	}

	@Test
	void eachRowShowsTheVersionAndTheDriftFromIt() {
		overrides.save(fixture.frEditor, lyon, "announcement", "fr", "Soldes !");
		pages.save(fixture.frEditor, lyon, "contact", "fr", "Contact", "Appelez Lyon.");
		pages.addPage(fixture.frEditor, lyon, "stores", "Magasins");
		fixture.blueprints.saveDraft(fixture.hub, blueprint, RolloutFixture.v2());
		fixture.blueprints.publish(fixture.hub, blueprint, 2);
		var row = row(dashboard.rows(fixture.hub), lyon);
		assertThat(row.site().blueprintVersion()).isEqualTo(1);
		assertThat(row.versionsBehind()).isEqualTo(1);
		assertThat(row.ownTexts()).isEqualTo(2);
		assertThat(row.ownPages()).isEqualTo(1);
		assertThat(row.blocking()).containsExactlyInAnyOrder(CheckName.REQUIRED_PAGES, CheckName.SAFE_HTML);
	}

	@Test
	void theCsvEscapesEveryCellAndDefusesFormulas() {
		var row = new ComplianceDashboard.Row(lyon, "=HYPERLINK(\"x\")", "Acme, brand", 1, 0, 0, java.util.Map.of(),
				java.util.Set.of(), null);
		String csv = ComplianceDashboard.csv(List.of(row));
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("site,slug,unit,blueprint,version")
			.endsWith("required_pages,internal_links,image_alt,heading_order,valid_html,safe_html");
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",\"Acme, brand\",1,1,0,0,0,,not checked,");
	}

	@Test
	void editorsSeeOnlyTheirSitesAndOnlyTheHubStartsARun() throws Exception {
		runs.run(Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.DAYS), "SCHEDULE", "system");
		var fr = as(fixture.frEditor);
		mvc.perform(get("/sites/compliance").with(fr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lyon.name())))
			.andExpect(content().string(not(containsString(madrid.name()))));
		mvc.perform(get("/sites/compliance.csv").with(fr))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(content().string(containsString(lyon.slug())))
			.andExpect(content().string(not(containsString(madrid.slug()))));
		mvc.perform(get("/api/v1/sites/compliance").with(fr))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].checks.REQUIRED_PAGES").value("PASS"));
		mvc.perform(post("/sites/compliance/run").with(fr).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("only the hub")));
		mvc.perform(get("/api/v1/sites/compliance").with(as(fixture.hub)))
			.andExpect(jsonPath("$.length()").value(2));
	}

	private static ComplianceDashboard.Row row(List<ComplianceDashboard.Row> rows, Site site) {
		return rows.stream().filter(r -> r.site().id().equals(site.id())).findFirst().orElseThrow();
	}
}
