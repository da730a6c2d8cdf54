package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.sites.BlueprintId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class RolloutsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Sites sites;

	@Autowired
	JsonMapper json;

	SitesFixture fixture;

	BlueprintId blueprint;

	Site lyon;

	@Autowired
	void fixture(Blueprints blueprints, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@BeforeEach
	void aSiteBehindVersionTwo() {
		blueprint = fixture.publishedBlueprint(AcmeBlueprint.v1());
		lyon = fixture.site(fixture.frEditor, fixture.fr, blueprint, "fr");
		fixture.blueprints.saveDraft(fixture.hub, blueprint, RolloutFixture.v2());
		fixture.blueprints.publish(fixture.hub, blueprint, 2);
	}

	@Test
	void theHubPlansRunsAndPollsARolloutOverTheApi() throws Exception {
		String created = mvc.perform(post("/api/v1/sites/rollouts").with(as(fixture.hub)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"blueprint\": \"" + blueprint + "\", \"version\": 2}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.sites[0].changes").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		assertThat(sites.find(lyon.id()).orElseThrow().blueprintVersion()).isEqualTo(1);
		mvc.perform(post("/api/v1/sites/rollouts/" + id + "/run").with(as(fixture.hub)).with(csrf()))
			.andExpect(status().isAccepted());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mvc.perform(get("/api/v1/sites/rollouts/" + id).with(as(fixture.hub)))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("\"status\":\"DONE\""));
		mvc.perform(get("/api/v1/sites/rollouts/" + id).with(as(fixture.hub)))
			.andExpect(jsonPath("$.progress.upgraded").value(1))
			.andExpect(jsonPath("$.percent").value(100));
		mvc.perform(get("/sites/rollouts/" + id).with(as(fixture.hub)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page careers is added (local)")))
			.andExpect(content().string(containsString("Roll back every upgraded site")));
		assertThat(sites.find(lyon.id()).orElseThrow().blueprintVersion()).isEqualTo(2);
	}

	@Test
	void nobodyButTheHubReachesAnyRolloutEndpoint() throws Exception {
		var editor = as(fixture.frEditor);
		mvc.perform(post("/api/v1/sites/rollouts").with(editor).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"blueprint\": \"" + blueprint + "\", \"version\": 2}")).andExpect(status().isForbidden());
		String id = JsonPath.read(mvc.perform(post("/api/v1/sites/rollouts").with(as(fixture.hub)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"blueprint\": \"" + blueprint + "\", \"version\": 2}"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/sites/rollouts").with(editor)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/sites/rollouts/" + id).with(editor)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sites/rollouts/" + id + "/run").with(editor).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sites/rollouts/" + id + "/rollback").with(editor).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/sites/rollouts").with(editor)).andExpect(status().isForbidden());
		mvc.perform(get("/sites/rollouts/" + id + "/progress").with(editor)).andExpect(status().isForbidden());
		assertThat(sites.find(lyon.id()).orElseThrow().blueprintVersion()).isEqualTo(1);
	}

	@Test
	void theHubDraftsAndPublishesAVersionOverTheApiAndEditorsOnlyRead() throws Exception {
		String definition = json.writeValueAsString(RolloutFixture.v2());
		mvc.perform(put("/api/v1/sites/blueprints/" + blueprint + "/draft").with(as(fixture.frEditor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(definition)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/sites/blueprints/" + blueprint + "/draft").with(as(fixture.hub)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(definition))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.published").value(false));
		mvc.perform(post("/api/v1/sites/blueprints/" + blueprint + "/versions/3/publish").with(as(fixture.frEditor))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/sites/blueprints/" + blueprint + "/versions/3/publish").with(as(fixture.hub))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/sites/blueprints/" + blueprint + "/versions/3").with(as(fixture.frEditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.definition.pages[?(@.slug == 'careers')].mode").value("LOCAL"));
		mvc.perform(post("/api/v1/sites/blueprints").with(as(fixture.hub)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Empty " + blueprint + "\", \"definition\": {\"pages\": [], \"reviewRequired\": false}}"))
			.andExpect(status().isCreated());
		var empty = fixture.blueprints.findByName("Empty " + blueprint).orElseThrow();
		mvc.perform(post("/api/v1/sites/blueprints/" + empty + "/versions/1/publish").with(as(fixture.hub)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("the skeleton must include the required page privacy")));
	}

	@Test
	void badInputIsExplained() throws Exception {
		var hub = as(fixture.hub);
		mvc.perform(get("/api/v1/sites/rollouts/not-an-id").with(hub))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("not a valid rollout id: not-an-id"));
		mvc.perform(post("/api/v1/sites/rollouts").with(hub).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"blueprint\": \"" + blueprint + "\", \"version\": 9}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/sites/rollouts").with(hub).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("blueprint is required"));
		mvc.perform(get("/api/v1/sites/rollouts/" + java.util.UUID.randomUUID()).with(hub))
			.andExpect(status().isNotFound());
	}
}
