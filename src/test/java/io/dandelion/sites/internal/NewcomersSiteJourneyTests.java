package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "done when", as the demo's people do it through the pages and the API: a site editor makes a
 * new site for France from the blueprint, edits its home page and publishes it; a visitor's comment reaches
 * the French review queue through analysis and moderation, the French moderator approves it, the French
 * agent answers it from the workspace, and the answer shows under the comment on the published site.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewcomersSiteJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewSiteIsMadeEditedPublishedCommentedModeratedAndAnswered(@Autowired DemoOrganisationForTests demo,
			@Autowired Units units, @Autowired Blueprints blueprints) throws Exception {
		demo.seed();
		await().atMost(Duration.ofMinutes(3)).until(() -> blueprints.findByName(AcmeBlueprint.NAME).isPresent());
		var france = units.findByCode("fr").orElseThrow().id();
		var editor = user("site.editor");
		String slug = "lyon-" + UUID.randomUUID().toString().substring(0, 6);

		String created = mvc.perform(post("/sites").with(editor).with(csrf())
			.param("unit", france.toString())
			.param("blueprint", blueprints.findByName(AcmeBlueprint.NAME).orElseThrow().toString())
			.param("name", "Acme Lyon").param("slug", slug).param("locales", "fr"))
			.andExpect(flash().attribute("message", containsString("every page is pre-filled")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String base = created;
		mvc.perform(get("/s/" + slug + "/fr/home/")).andExpect(status().isNotFound());
		mvc.perform(get(base + "/pages/legal-notice/fr").with(editor))
			.andExpect(content().string(containsString("Acme Group SA")));
		mvc.perform(post(base + "/pages/home/fr").with(editor).with(csrf())
			.param("title", "Accueil")
			.param("body", "## Bienvenue à Lyon\n\nNotre boutique ouvre rue de la République.\n\n{{comments}}"))
			.andExpect(flash().attribute("message", "Draft saved."));
		mvc.perform(post(base + "/publish").with(editor).with(csrf()))
			.andExpect(flash().attribute("message", startsWith("Published release")));
		mvc.perform(get("/s/" + slug + "/fr/home/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>Bienvenue à Lyon</h2>")));

		String frame = mvc.perform(get("/s/" + slug + "/comments").param("page", "home").param("locale", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var token = SiteCommentsTests.TOKEN.matcher(frame);
		assertThat(token.find()).isTrue();
		String text = "Je voudrais un remboursement de ma facture de Lyon, merci";
		mvc.perform(post("/s/" + slug + "/comments").param("page", "home").param("locale", "fr")
			.param("token", token.group(1)).param("name", "Léa").param("body", text))
			.andExpect(status().isSeeOther());
		UUID comment = jdbc.sql("select id from site_comment where body = ?").param(text).query(UUID.class).single();

		// the first comment of a test run waits for the analyser to load its language models: minutes on a busy machine
		String review = SiteCommentsTests.awaitReview(jdbc, comment, "fr-care-review", Duration.ofMinutes(10));
		mvc.perform(get("/s/" + slug + "/comments").param("page", "home").param("locale", "fr"))
			.andExpect(content().string(not(containsString("remboursement"))));
		mvc.perform(post("/api/v1/reviews/" + review + "/decisions").with(user("fr.moderator")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"verdict\": \"approve\", \"reasonCode\": \"legitimate\"}"))
			.andExpect(status().isOk());
		await().atMost(Duration.ofMinutes(1))
			.until(() -> jdbc.sql("select status from site_comment where id = ?").param(comment).query(String.class).single(),
					"APPROVED"::equals);

		String conversation = jdbc.sql("select conversation_id::text from message where external_id = ?")
			.param(comment.toString())
			.query(String.class)
			.single();
		mvc.perform(post("/workspace/conversations/" + conversation + "/reply").with(user("fr.agent")).with(csrf())
			.param("text", "Bonjour Léa, nous regardons votre facture <b>dès ce matin</b>."))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofMinutes(1))
			.until(() -> mvc.perform(get("/s/" + slug + "/comments").param("page", "home").param("locale", "fr"))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("nous regardons votre facture &lt;b&gt;dès ce matin&lt;/b&gt;."));
		mvc.perform(get("/s/" + slug + "/comments").param("page", "home").param("locale", "fr"))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString("Réponse de")));
	}
}
