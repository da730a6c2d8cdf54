package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.sites.BlueprintId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

@SpringBootTest
@AutoConfigureMockMvc
class BlueprintEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Blueprints blueprints;

	SitesFixture fixture;

	BlueprintId blueprint;

	String page;

	@Autowired
	void fixture(Sites sites, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@BeforeEach
	void aPublishedBlueprint() {
		blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
		page = "/sites/blueprints/" + blueprint;
	}

	@Test
	void theHubEditsANewVersionInTheFormAndPublishesIt() throws Exception {
		var hub = as(fixture.hub);
		mvc.perform(get("/sites/blueprints").with(hub))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		mvc.perform(get(page).with(hub))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Saving this form makes version 2")))
			.andExpect(content().string(containsString("value=\"#0b5cad\"")))
			.andExpect(content().string(containsString("name=\"page.1.slug\" value=\"legal-notice\"")));

		mvc.perform(form(hub, "primary", "#7a1f5c", "region.0.mode", "OVERRIDABLE", "region.1.text.fr",
				"Bienvenue chez Acme, <b>partout</b>.", "region.3.key", "footer-help", "region.3.mode", "LOCAL",
				"region.3.text.en", "Need help?", "page.0.remove", "on", "page.6.slug", "offers", "page.6.mode", "LOCAL",
				"page.6.title.en", "Offers", "page.6.body.en", "Our offers.", "blocking", "HEADING_ORDER", "review", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "Saved as draft version 2."));

		var v2 = blueprints.require(blueprint, 2);
		assertThat(v2.published()).isFalse();
		var d = v2.definition();
		assertThat(d.brand().primaryColour()).isEqualTo("#7a1f5c");
		assertThat(d.region("header").orElseThrow().mode()).isEqualTo(RegionMode.OVERRIDABLE);
		assertThat(d.region("announcement").orElseThrow().text()).containsEntry("fr", "Bienvenue chez Acme, <b>partout</b>.")
			.containsEntry("en", "Welcome to Acme.");
		assertThat(d.region("footer-help").orElseThrow().mode()).isEqualTo(RegionMode.LOCAL);
		assertThat(d.page("home")).isEmpty();
		assertThat(d.page("offers").orElseThrow().titles()).containsEntry("en", "Offers");
		assertThat(d.page("privacy").orElseThrow().required()).isTrue();
		assertThat(d.blockingChecks())
			.isEqualTo(Set.of(CheckName.REQUIRED_PAGES, CheckName.SAFE_HTML, CheckName.HEADING_ORDER));
		assertThat(d.reviewRequired()).isTrue();
		assertThat(d.components()).isEqualTo(Set.of("comments", "social-feed"));
		assertThat(blueprints.require(blueprint, 1).definition()).isEqualTo(AcmeBlueprint.v1());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sites.blueprint.draft-saved' and subject_id = ?")
			.param(blueprint.toString())
			.query(Integer.class)
			.single()).isEqualTo(1);

		mvc.perform(get(page).with(hub))
			.andExpect(content().string(containsString("Version 2 is a draft")))
			.andExpect(content().string(containsString("Bienvenue chez Acme, &lt;b&gt;partout&lt;/b&gt;.")));
		mvc.perform(post(page + "/versions/2/publish").with(hub).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("Version 2 is published")));
		assertThat(blueprints.require(blueprint, 2).published()).isTrue();
	}

	@Test
	void publishingListsEveryProblemAndBadFieldsAreExplained() throws Exception {
		var hub = as(fixture.hub);
		mvc.perform(form(hub, "page.3.remove", "on", "text", "#ffffff"))
			.andExpect(flash().attribute("message", "Saved as draft version 2."));
		mvc.perform(post(page + "/versions/2/publish").with(hub).with(csrf()))
			.andExpect(flash().attribute("error", containsString("the skeleton must include the required page cookies")))
			.andExpect(flash().attribute("error", containsString("text colour on background has contrast 1.00:1")));
		assertThat(blueprints.require(blueprint, 2).published()).isFalse();
		mvc.perform(form(hub, "locales", "en, french", "region.0.mode", "SOMETIMES"))
			.andExpect(flash().attribute("error", containsString("locale must look like en or fr-BE, not french")))
			.andExpect(flash().attribute("error", containsString("header needs a mode: locked, overridable or local")));
	}

	@Test
	void theHubMakesANewBlueprintFromACopyThatStartsAsADraft() throws Exception {
		String name = "Acme outlets " + java.util.UUID.randomUUID();
		String created = mvc.perform(post("/sites/blueprints").with(as(fixture.hub)).with(csrf())
			.param("name", name).param("from", blueprint.toString()))
			.andExpect(flash().attribute("message", containsString("its version 1 is a draft")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var copy = blueprints.findByName(name).orElseThrow();
		assertThat(created).isEqualTo("/sites/blueprints/" + copy);
		assertThat(blueprints.require(copy, 1).published()).isFalse();
		assertThat(blueprints.require(copy, 1).definition()).isEqualTo(AcmeBlueprint.v1());
		mvc.perform(post("/sites/blueprints").with(as(fixture.hub)).with(csrf()).param("name", name)
			.param("from", blueprint.toString()))
			.andExpect(flash().attribute("error", containsString("exists already")));
		mvc.perform(post("/sites/blueprints").with(as(fixture.frEditor)).with(csrf()).param("name", "Mine")
			.param("from", blueprint.toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEditorSpeaksFrench() throws Exception {
		mvc.perform(get(page).with(as(fixture.hub)).locale(Locale.FRENCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("verrouillée : le hub seulement")))
			.andExpect(content().string(containsString("Enregistrer comme version brouillon 2")))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@Test
	void onlyTheHubMayOpenOrChangeBlueprints() throws Exception {
		var editor = as(fixture.frEditor);
		mvc.perform(get("/sites/blueprints").with(editor)).andExpect(status().isForbidden());
		mvc.perform(get(page).with(editor)).andExpect(status().isForbidden());
		mvc.perform(form(editor, "primary", "#000000")).andExpect(status().isForbidden());
		mvc.perform(post(page + "/versions/1/publish").with(editor).with(csrf())).andExpect(status().isForbidden());
		assertThat(blueprints.summary(blueprint).latest()).isEqualTo(1);
		mvc.perform(get("/sites/blueprints/" + BlueprintId.random()).with(as(fixture.hub))).andExpect(status().isNotFound());
	}

	/** Posts the editor's form as the page fills it in for version 1, with the test's changes (pairs of name, value). */
	private MockHttpServletRequestBuilder form(RequestPostProcessor as, String... changes) {
		var fields = new LinkedMultiValueMap<String, String>();
		var v1 = AcmeBlueprint.v1();
		var b = v1.brand();
		fields.add("locales", "en, fr");
		fields.add("logo", b.logoUrl());
		fields.add("primary", b.primaryColour());
		fields.add("text", b.textColour());
		fields.add("background", b.backgroundColour());
		fields.add("headingFont", b.headingFont());
		fields.add("bodyFont", b.bodyFont());
		v1.components().forEach(c -> fields.add("component", c));
		v1.blockingChecks().forEach(c -> fields.add("blocking", c.name()));
		fields.add("regions", String.valueOf(v1.regions().size() + 1));
		fields.add("pages", String.valueOf(v1.pages().size() + 1));
		for (int i = 0; i < v1.regions().size(); i++) {
			var region = v1.regions().get(i);
			fields.add("region." + i + ".key", region.key());
			fields.add("region." + i + ".mode", region.mode().name());
			int row = i;
			region.text().forEach((locale, text) -> fields.add("region." + row + ".text." + locale, text));
		}
		for (int i = 0; i < v1.pages().size(); i++) {
			var p = v1.pages().get(i);
			fields.add("page." + i + ".slug", p.slug());
			fields.add("page." + i + ".mode", p.mode().name());
			if (p.required()) {
				fields.add("page." + i + ".required", "on");
			}
			int row = i;
			p.titles().forEach((locale, text) -> fields.add("page." + row + ".title." + locale, text));
			p.bodies().forEach((locale, text) -> fields.add("page." + row + ".body." + locale, text));
		}
		for (int i = 0; i < changes.length; i += 2) {
			if (changes[i].equals("blocking")) {
				fields.add("blocking", changes[i + 1]);
			}
			else {
				fields.set(changes[i], changes[i + 1]);
			}
		}
		return post(page).with(as).with(csrf()).params(fields);
	}
}
