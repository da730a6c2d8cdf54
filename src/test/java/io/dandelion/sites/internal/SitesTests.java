package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.sites.BlueprintId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class SitesTests {

	SitesFixture fixture;

	@Autowired
	void fixture(Blueprints blueprints, Sites sites, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@Autowired
	SitePages pages;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	BlueprintId blueprint;

	@BeforeEach
	void publishTheAcmeBlueprint() {
		blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
	}

	@Test
	void aNewSiteStartsWithEveryPagePrefilledInEachLocale() {
		var site = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr", "en");
		var texts = pages.list(site);
		assertThat(texts).hasSize(AcmeBlueprint.v1().pages().size() * 2);
		assertThat(pages.require(site, "home", "fr").draft()).startsWith("## Bienvenue");
		assertThat(pages.require(site, "home", "en").title()).isEqualTo("Home");
		assertThat(pages.require(site, "privacy", "fr").mode()).isEqualTo(RegionMode.LOCKED);
	}

	@Test
	void aLocaleTheBlueprintLacksFallsBackInsteadOfStartingBlank() {
		var site = fixture.site(fixture.frEditor, fixture.fr, blueprint, "de", "fr");
		assertThat(pages.require(site, "home", "de").draft()).startsWith("## Bienvenue");
	}

	@Test
	void anEditorOfOneSiteCanNeverTouchAnother() {
		var frSite = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		var esEditor = fixture.esEditor;
		assertThat(sites.visible(esEditor)).noneMatch(s -> s.id().equals(frSite.id()));
		assertThatThrownBy(() -> sites.require(esEditor, frSite.id())).isInstanceOf(SitesException.NotFound.class);
		assertThatThrownBy(() -> fixture.site(esEditor, fixture.fr, blueprint, "es"))
			.isInstanceOf(SitesException.Forbidden.class);
		assertThatThrownBy(() -> sites.update(esEditor, frSite.id(),
				new SiteSettings("Hijacked", frSite.slug(), null, "/", List.of("es"))))
			.isInstanceOf(SitesException.NotFound.class);
		assertThat(sites.require(fixture.frEditor, frSite.id()).name()).isEqualTo(frSite.name());
	}

	@Test
	void lockedPagesAreTheHubsAndOverridablePagesCanGoBack() {
		var site = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		assertThatThrownBy(() -> pages.save(fixture.frEditor, site, "privacy", "fr", "Privé", "nothing"))
			.isInstanceOf(SitesException.Forbidden.class);
		pages.save(fixture.frEditor, site, "contact", "fr", "Contact", "Appelez-nous.");
		assertThat(pages.require(site, "contact", "fr").overridden()).isTrue();
		pages.revertToBlueprint(fixture.frEditor, site, "contact", "fr");
		assertThat(pages.require(site, "contact", "fr").draft()).isNull();
	}

	@Test
	void historyKeepsEveryVersionAndRestoresOne() {
		var site = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		pages.save(fixture.frEditor, site, "home", "fr", "Accueil", "first");
		pages.save(fixture.frEditor, site, "home", "fr", "Accueil", "second");
		var history = pages.history(pages.require(site, "home", "fr"));
		assertThat(history).extracting(SitePages.Revision::body).startsWith("second", "first");
		pages.restore(fixture.frEditor, site, "home", "fr", history.get(1).id());
		assertThat(pages.require(site, "home", "fr").draft()).isEqualTo("first");
	}

	@Test
	void aSettingsChangeValidatesAndANewLocaleIsPrefilled() {
		var site = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		assertThatThrownBy(() -> sites.update(fixture.frEditor, site.id(),
				new SiteSettings("Acme", site.slug(), "http://bad host", "fr", List.of("fr", "FR"))))
			.isInstanceOf(SitesException.Invalid.class)
			.hasMessageContaining("host must be a domain name")
			.hasMessageContaining("base path")
			.hasMessageContaining("not FR");
		var updated = sites.update(fixture.frEditor, site.id(),
				new SiteSettings("Acme France", site.slug(), "www.acme-" + site.slug() + ".fr", "/", List.of("fr", "en")));
		assertThat(updated.locales()).containsExactly("fr", "en");
		assertThat(pages.require(updated, "home", "en").draft()).startsWith("## Welcome");
		var other = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		assertThatThrownBy(() -> sites.update(fixture.frEditor, other.id(),
				new SiteSettings("Other", other.slug(), updated.host(), "/", List.of("fr"))))
			.isInstanceOf(SitesException.Conflict.class);
	}

	@Test
	void aPublishedBlueprintVersionCannotChange() {
		assertThatThrownBy(() -> jdbc.sql("update site_blueprint_version set definition = '{}' where blueprint_id = ?")
			.param(blueprint.value())
			.update()).hasMessageContaining("is published and cannot change");
		int draft = fixture.blueprints.saveDraft(fixture.hub, blueprint, AcmeBlueprint.v1());
		assertThat(draft).isEqualTo(2);
		assertThatThrownBy(() -> fixture.blueprints.saveDraft(fixture.frEditor, blueprint, AcmeBlueprint.v1()))
			.isInstanceOf(SitesException.Forbidden.class);
	}
}
