package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.AccessScope;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SitesWebTests {

	@Autowired
	MockMvc mvc;

	SitesFixture fixture;

	@Autowired
	void fixture(Blueprints blueprints, Sites sites, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@Autowired
	SitePages pages;

	@Test
	void anEditorEditsAPagePublishesAndVisitorsSeeIt() throws Exception {
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		var as = as(fixture.frEditor);
		String base = "/sites/" + site.id();
		mvc.perform(get("/sites").with(as)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(site.name())));
		mvc.perform(post(base + "/pages/home/fr").with(as).with(csrf())
			.param("title", "Accueil")
			.param("body", "## Nouveautés\n\n<script>alert(1)</script>Bonjour <em>Lyon</em>"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "Draft saved."));
		mvc.perform(get(base + "/preview/fr/home/").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<em>Lyon</em>")));
		mvc.perform(post(base + "/publish").with(as).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("No unsafe HTML")));
		pages.save(fixture.frEditor, site, "home", "fr", "Accueil", "## Nouveautés\n\nBonjour <em>Lyon</em>");
		mvc.perform(post(base + "/publish").with(as).with(csrf()))
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Published release")));
		String live = mvc.perform(get("/s/" + site.slug() + "/fr/home/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'none'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(live).contains("<h2>Nouveautés</h2>", "<em>Lyon</em>", "Mentions légales");
		mvc.perform(get("/s/" + site.slug() + "/fr/../../../../etc/passwd")).andExpect(status().is4xxClientError());
		mvc.perform(get("/s/" + site.slug() + "/sitemap.xml")).andExpect(status().isOk());
		mvc.perform(get(base + "/download.zip").with(as))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"));
	}

	@Test
	void anEditorOfOneSiteGetsNotFoundForEveryPathOfAnother() throws Exception {
		var frSite = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		var as = as(fixture.esEditor);
		String base = "/sites/" + frSite.id();
		mvc.perform(get(base).with(as)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/pages/home/fr").with(as)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/preview/fr/home/").with(as)).andExpect(status().isNotFound());
		mvc.perform(post(base + "/pages/home/fr").with(as).with(csrf()).param("title", "x").param("body", "pwned"))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/publish").with(as).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/regions/announcement/fr").with(as).with(csrf()).param("body", "pwned"))
			.andExpect(status().isNotFound());
		assertThat(pages.require(frSite, "home", "fr").draft()).doesNotContain("pwned");
	}

	@Test
	void aNewcomerMakesASiteFromTheFormAndBadInputIsExplained() throws Exception {
		var blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
		var as = as(fixture.frEditor);
		mvc.perform(post("/sites").with(as).with(csrf())
			.param("unit", fixture.fr.toString()).param("blueprint", blueprint.toString())
			.param("name", "Acme Lyon").param("slug", "Bad Slug").param("locales", "fr"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("slug must be")));
		mvc.perform(post("/sites").with(as).with(csrf())
			.param("unit", fixture.fr.toString()).param("blueprint", blueprint.toString())
			.param("name", "Acme Lyon").param("slug", "acme-lyon-" + System.nanoTime()).param("locales", "fr, en"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("every page is pre-filled")));
	}

	/** Signs in as an integration that carries its own scope, as API tokens do. */
	static RequestPostProcessor as(AccessScope scope) {
		return authentication(new TestingAuthenticationToken(scope, null, "ROLE_USER"));
	}
}
