package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Copying a site: everything the issue asks for lands in the copy, and the source never changes. */
@SpringBootTest
@AutoConfigureMockMvc
class SiteCloningTests {

	@Autowired
	SiteCloning cloning;

	@Autowired
	SitePages pages;

	@Autowired
	Sites sites;

	@Autowired
	RegionOverrides overrides;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	SitesFixture fixture;
	Site paris;
	TestScope hub;

	@Autowired
	void fixture(Blueprints blueprints) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@BeforeEach
	void aFrenchSiteWithDraftsReviewAndItsOwnTexts() {
		hub = fixture.hub;
		paris = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr", "en");
		pages.save(fixture.frEditor, paris, "home", "fr", "Accueil", "Bienvenue à Paris.");
		pages.save(fixture.frEditor, paris, "home", "fr", "Accueil", "Bienvenue à Paris, deuxième version.");
		pages.save(fixture.frEditor, paris, "contact", "fr", "Contact", "Écrivez à paris@acme.example.");
		pages.submitForReview(fixture.frEditor, paris, "contact", "fr");
		pages.addPage(fixture.frEditor, paris, "offres", "Nos offres");
		pages.save(fixture.frEditor, paris, "offres", "fr", "Nos offres", "La fibre à Paris.");
		overrides.save(fixture.frEditor, paris, "announcement", "fr", "Ouverture de la boutique Rivoli.");
	}

	@Test
	void theCopyHasThePagesDraftsAndRegionTextsAtTheSameBlueprintVersion() {
		var lyon = cloning.copy(fixture.frEditor, paris.id(), fixture.fr, settings("lyon", null, "fr", "en"));
		assertThat(lyon.blueprint()).isEqualTo(paris.blueprint());
		assertThat(lyon.blueprintVersion()).isEqualTo(paris.blueprintVersion());
		assertThat(lyon.channel()).isNotEqualTo(paris.channel());
		assertThat(pages.require(lyon, "home", "fr").draft()).isEqualTo("Bienvenue à Paris, deuxième version.");
		assertThat(pages.require(lyon, "offres", "fr").draft()).isEqualTo("La fibre à Paris.");
		assertThat(pages.require(lyon, "offres", "en").title()).isEqualTo("Nos offres");
		assertThat(pages.require(lyon, "privacy", "fr").mode()).isEqualTo(RegionMode.LOCKED);
		assertThat(pages.list(lyon)).hasSameSizeAs(pages.list(paris));
		assertThat(overrides.list(lyon)).containsExactly(
				new RegionOverrides.Override("announcement", "fr", "Ouverture de la boutique Rivoli."));
		var contact = pages.require(lyon, "contact", "fr");
		assertThat(contact.draft()).isEqualTo("Écrivez à paris@acme.example.");
		assertThat(contact.state()).as("the approval asked for concerned the source").isEqualTo(PageText.State.EDITING);
	}

	@Test
	void historyStaysWithTheSourceAndTheCopyStartsItsOwnNamingTheSource() {
		var lyon = cloning.copy(fixture.frEditor, paris.id(), fixture.fr, settings("lyon", null, "fr"));
		var history = pages.history(pages.require(lyon, "home", "fr"));
		assertThat(history).hasSize(1);
		assertThat(history.get(0).note()).startsWith("copied from " + paris.slug() + ", revision ");
		assertThat(history.get(0).body()).isEqualTo("Bienvenue à Paris, deuxième version.");
		assertThat(pages.history(pages.require(paris, "home", "fr"))).hasSize(3);
	}

	@Test
	void aNewLocaleIsPrefilledFromTheBlueprintAndTheSitesOwnPagesFromItsFallback() {
		var brussels = cloning.copy(fixture.frEditor, paris.id(), fixture.fr, settings("bruxelles", null, "nl", "fr"));
		assertThat(pages.require(brussels, "home", "nl").draft()).as("the blueprint's text, as on a new site")
			.startsWith("## Bienvenue");
		assertThat(pages.require(brussels, "offres", "nl").draft()).isEqualTo("La fibre à Paris.");
		assertThat(pages.history(pages.require(brussels, "offres", "nl")).get(0).note()).contains("(fr)");
		assertThat(pages.require(brussels, "home", "fr").draft()).isEqualTo("Bienvenue à Paris, deuxième version.");
		assertThatThrownBy(() -> pages.require(brussels, "home", "en")).isInstanceOf(SitesException.NotFound.class);
	}

	@Test
	void theSourceNeverChangesNeitherByTheCopyNorByEditingTheCopy() {
		var before = snapshot(paris);
		var madrid = cloning.copy(hub, paris.id(), fixture.es, settings("madrid", "www.acme-madrid.es", "fr"));
		assertThat(madrid.unit()).isEqualTo(fixture.es);
		assertThat(snapshot(paris)).isEqualTo(before);
		pages.save(hub, madrid, "home", "fr", "Inicio", "Bienvenidos a Madrid.");
		overrides.save(hub, madrid, "announcement", "fr", "Nueva tienda.");
		assertThat(snapshot(paris)).isEqualTo(before);
		assertThat(pages.require(paris, "home", "fr").draft()).isEqualTo("Bienvenue à Paris, deuxième version.");
	}

	@Test
	void takenSlugsAndHostsAreRefusedWith400AndNothingIsMade() throws Exception {
		cloning.copy(fixture.frEditor, paris.id(), fixture.fr, settings("lille", "www.acme-lille.fr", "fr"));
		int sitesBefore = sites.all().size();
		assertThatThrownBy(() -> cloning.copy(fixture.frEditor, paris.id(), fixture.fr, settings(paris.slug(), null, "fr")))
			.isInstanceOf(SitesException.Invalid.class)
			.hasMessageContaining("the slug " + paris.slug() + " is taken");
		assertThatThrownBy(() -> cloning.copy(fixture.frEditor, paris.id(), fixture.fr,
				new SiteSettings("Acme", "lille-bis-" + System.nanoTime(), "www.acme-lille.fr", "/", List.of("fr"))))
			.isInstanceOf(SitesException.Invalid.class)
			.hasMessageContaining("the host www.acme-lille.fr is taken");
		mvc.perform(post("/api/v1/sites/" + paris.id() + "/clone").with(as(fixture.frEditor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Acme\", \"slug\": \"" + paris.slug() + "\", \"locales\": [\"fr\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("is taken by another site")));
		mvc.perform(post("/sites/" + paris.id() + "/clone").with(as(fixture.frEditor)).with(csrf())
			.param("unit", fixture.fr.toString()).param("name", "Acme").param("slug", paris.slug()).param("locales", "fr"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("is taken by another site")));
		assertThat(sites.all()).hasSize(sitesBefore);
	}

	@Test
	void anEditorCopiesOnlyIntoUnitsTheyEditAndTheCopyIsAudited() throws Exception {
		assertThatThrownBy(() -> cloning.copy(fixture.frEditor, paris.id(), fixture.es, settings("pwned", null, "es")))
			.isInstanceOf(SitesException.Forbidden.class);
		assertThatThrownBy(() -> cloning.copy(fixture.esEditor, paris.id(), fixture.es, settings("pwned", null, "es")))
			.isInstanceOf(SitesException.NotFound.class);
		String slug = "toulouse-" + System.nanoTime();
		mvc.perform(post("/api/v1/sites/" + paris.id() + "/clone").with(as(fixture.frEditor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Acme Toulouse\", \"slug\": \"" + slug + "\", \"locales\": [\"fr\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unit").value(fixture.fr.toString()));
		var copy = sites.findPublic(slug).orElseThrow();
		Map<String, Object> entry = jdbc.sql("select actor, unit_id::text as unit, after::text as after from audit_entry "
				+ "where action = 'sites.site.cloned' and subject_id = ?")
			.param(copy.id().toString())
			.query()
			.singleRow();
		assertThat(entry.get("actor")).isEqualTo("fr.editor");
		assertThat(entry.get("unit")).isEqualTo(fixture.fr.toString());
		assertThat((String) entry.get("after")).contains(paris.id().toString(), "\"textsCopied\"");
	}

	private SiteSettings settings(String name, String host, String... locales) {
		String slug = name.startsWith("acme-") ? name : name + "-" + UUID.randomUUID().toString().substring(0, 8);
		return new SiteSettings("Acme " + name, slug, host, "/", List.of(locales));
	}

	/** Every row of the site, as text, to compare. */
	private List<String> snapshot(Site site) {
		var rows = new java.util.ArrayList<String>();
		rows.addAll(jdbc.sql("select row(s.*)::text from site s where id = ?").param(site.id().value()).query(String.class).list());
		rows.addAll(jdbc.sql("select row(p.*)::text from site_page p where site_id = ? order by slug")
			.param(site.id().value()).query(String.class).list());
		rows.addAll(jdbc.sql("""
				select row(t.*)::text from site_page_text t join site_page p on p.id = t.page_id where p.site_id = ?
				order by p.slug, t.locale""").param(site.id().value()).query(String.class).list());
		rows.addAll(jdbc.sql("""
				select row(r.*)::text from site_page_revision r join site_page p on p.id = r.page_id where p.site_id = ?
				order by r.id""").param(site.id().value()).query(String.class).list());
		rows.addAll(jdbc.sql("select row(o.*)::text from site_region_override o where site_id = ? order by region, locale")
			.param(site.id().value()).query(String.class).list());
		return rows;
	}
}
