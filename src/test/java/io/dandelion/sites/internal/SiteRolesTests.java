package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** An editor of one site can never touch another: every endpoint that names a site, tried on a site of another unit. */
@SpringBootTest
@AutoConfigureMockMvc
class SiteRolesTests {

	/** Every endpoint under /sites/{id}, with the request that tries it on someone else's site. */
	static final List<String> SITE_ENDPOINTS = List.of("GET /sites/{id}", "POST /sites/{id}/settings",
			"POST /sites/{id}/publish", "POST /sites/{id}/check", "GET /sites/{id}/download.zip",
			"GET /sites/{id}/preview", "GET /sites/{id}/pages/{slug}/{locale}", "POST /sites/{id}/pages/{slug}/{locale}",
			"POST /sites/{id}/pages/{slug}/{locale}/{action}", "POST /sites/{id}/pages/{slug}/{locale}/restore/{revision}",
			"POST /sites/{id}/pages", "POST /sites/{id}/regions/{region}/{locale}", "POST /sites/{id}/clone",
			"GET /sites/{id}/comments");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	SitePages pages;

	@Autowired
	Sites sites;

	SitesFixture fixture;

	Site lyon;

	@Autowired
	void fixture(Blueprints blueprints) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@BeforeEach
	void aSiteOfFrance() {
		lyon = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		pages.save(fixture.frEditor, lyon, "home", "fr", "Accueil", "Bienvenue à Lyon.");
	}

	@Test
	void thisTestKnowsEverySiteEndpoint() {
		var actual = mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues()
				.stream()
				.filter(p -> p.startsWith("/sites/{id}"))
				.map(p -> info.getMethodsCondition().getMethods().iterator().next() + " "
						+ p.replace("/**", "").replaceAll("\\{action:[^}]*}", "{action}").replaceFirst("/$", "")))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(SITE_ENDPOINTS)).as("a new endpoint must be added to this test").isEqualTo(actual);
	}

	@Test
	void anEditorOfAnotherUnitGetsNotFoundOnEveryEndpointAndChangesNothing() throws Exception {
		var spain = as(fixture.esEditor);
		String id = lyon.id().toString();
		long revision = pages.history(pages.require(lyon, "home", "fr")).get(0).id();
		for (MockHttpServletRequestBuilder request : List.of(get("/sites/" + id),
				post("/sites/" + id + "/settings").param("name", "Pwned").param("locales", "es"),
				post("/sites/" + id + "/publish"), post("/sites/" + id + "/check"), get("/sites/" + id + "/download.zip"),
				get("/sites/" + id + "/preview/fr/home/"), get("/sites/" + id + "/pages/home/fr"),
				post("/sites/" + id + "/pages/home/fr").param("title", "x").param("body", "pwned"),
				post("/sites/" + id + "/pages/contact/fr/revert"), post("/sites/" + id + "/pages/home/fr/submit"),
				post("/sites/" + id + "/pages/home/fr/approve"),
				post("/sites/" + id + "/pages/home/fr/restore/" + revision),
				post("/sites/" + id + "/pages").param("slug", "pwned").param("title", "Pwned"),
				post("/sites/" + id + "/regions/announcement/fr").param("body", "pwned"),
				post("/sites/" + id + "/clone").param("unit", fixture.es.toString()).param("name", "Pwned")
					.param("slug", "pwned-" + System.nanoTime()).param("locales", "es"),
				get("/sites/" + id + "/comments"))) {
			mvc.perform(request.with(spain).with(csrf())).andExpect(status().isNotFound());
		}
		var after = sites.find(lyon.id()).orElseThrow();
		assertThat(after.name()).isEqualTo(lyon.name());
		assertThat(after.locales()).containsExactly("fr");
		assertThat(after.publishedAt()).isNull();
		assertThat(pages.require(after, "home", "fr").draft()).isEqualTo("Bienvenue à Lyon.");
		assertThat(pages.list(after)).noneMatch(t -> t.slug().equals("pwned"));
		assertThat(sites.all()).noneMatch(s -> s.name().equals("Pwned"));
		mvc.perform(post("/api/v1/sites/" + id + "/clone").with(spain).with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Pwned\", \"slug\": \"pwned-api\", \"locales\": [\"es\"]}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEditorCannotMakeASiteForAnotherUnitNorSeeItAnywhere() throws Exception {
		var spain = as(fixture.esEditor);
		mvc.perform(post("/sites").with(spain).with(csrf())
			.param("unit", fixture.fr.toString()).param("blueprint", lyon.blueprint().toString())
			.param("name", "Acme Pwned").param("slug", "pwned-" + System.nanoTime()).param("locales", "fr"))
			.andExpect(flash().attribute("error", containsString("you may not make sites for this unit")));
		for (String page : List.of("/sites", "/sites/compliance", "/sites/compliance.csv", "/api/v1/sites/compliance")) {
			mvc.perform(get(page).with(spain))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(lyon.slug()))))
				.andExpect(content().string(not(containsString(lyon.id().toString()))));
		}
		for (var request : List.of(MockMvcRequestBuilders.get("/sites/rollouts"),
				MockMvcRequestBuilders.get("/api/v1/sites/rollouts"))) {
			mvc.perform(request.with(spain)).andExpect(status().isForbidden());
		}
		assertThat(sites.visible(fixture.esEditor)).noneMatch(s -> s.unit().equals(fixture.fr));
	}
}
