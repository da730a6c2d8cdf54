package io.dandelion.sites.internal;

import static io.dandelion.sites.internal.SitesWebTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Comments on the demo's published sites, through the real pipeline: the form, analysis, moderation
 * (the demo's policies), review, answers through the site's channel, and what the page shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteCommentsTests {

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sites sites;

	@Autowired
	Channels channels;

	@Autowired
	ChannelActions actions;

	@Autowired
	MemberDirectory directory;

	Site france;

	@BeforeEach
	void theDemoWithItsSites(@Autowired DemoOrganisationForTests demo, @Autowired Units units) {
		demo.seed();
		await().atMost(Duration.ofMinutes(3)).until(() -> sites.findPublic("acme-ma").isPresent());
		france = sites.findPublic("acme-fr").orElseThrow();
	}

	@Test
	void theDemoHasABlueprintAndOnePublishedSitePerCountryEachWithItsChannel() {
		var all = sites.all();
		assertThat(all).extracting(Site::slug)
			.containsExactlyInAnyOrder("acme-fr", "acme-be", "acme-es", "acme-de", "acme-pl", "acme-ro", "acme-eg",
					"acme-ma");
		assertThat(all).allSatisfy(site -> {
			assertThat(site.publishedAt()).isNotNull();
			assertThat(channels.find(site.channel())).hasValueSatisfying(channel -> {
				assertThat(channel.platform()).isEqualTo("site");
				assertThat(channel.unit()).isEqualTo(site.unit());
			});
		});
		assertThat(sites.findPublic("acme-be").orElseThrow().locales()).containsExactly("fr", "nl");
	}

	@Test
	void aCommentThatPassesThePolicyAppearsEscapedAndTheAgentsAnswerBelowIt() throws Exception {
		UUID id = comment(france, "home", "fr", "Jeanne", "Merci beaucoup, super service <script>alert(1)</script>",
				"10.0.0.1");
		awaitStatus(id, "APPROVED");
		assertThat(jdbc.sql("""
				select m.kind from message m where m.channel_id = ? and m.external_id = ?""")
			.params(france.channel().value(), id.toString())
			.query(String.class)
			.single()).isEqualTo("SITE_COMMENT");
		actions.reply(france.channel(), id.toString(), SiteComment.thread("home", "fr"), "Merci Jeanne <b>!</b>");
		mvc.perform(get("/s/acme-fr/comments").param("page", "home").param("locale", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Merci beaucoup, super service &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(containsString("Réponse de")))
			.andExpect(content().string(containsString("Merci Jeanne &lt;b&gt;!&lt;/b&gt;")));
		mvc.perform(get("/sites/" + france.id() + "/comments").with(as(directory.system())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shown on the page")))
			.andExpect(content().string(containsString("Merci Jeanne &lt;b&gt;!&lt;/b&gt;")));
	}

	@Test
	void aCommentSentToReviewAppearsOnlyOnceAModeratorApprovesIt() throws Exception {
		UUID id = comment(france, "home", "fr", "Paul", "Je voudrais un remboursement de ma dernière facture, merci",
				"10.0.0.2");
		String review = awaitReview(jdbc, id, "fr-care-review", Duration.ofMinutes(3));
		assertThat(statusOf(id)).isEqualTo("PENDING");
		mvc.perform(get("/s/acme-fr/comments").param("page", "home").param("locale", "fr"))
			.andExpect(content().string(not(containsString("remboursement"))));
		mvc.perform(post("/api/v1/reviews/" + review + "/decisions").with(as(directory.system())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"verdict\": \"approve\", \"reasonCode\": \"legitimate\"}"))
			.andExpect(status().isOk());
		awaitStatus(id, "APPROVED");
		mvc.perform(get("/s/acme-fr/comments").param("page", "home").param("locale", "fr"))
			.andExpect(content().string(containsString("remboursement")));
	}

	@Test
	void abuseIsHiddenByThePolicyAndNeverShown() throws Exception {
		UUID id = comment(france, "home", "fr", "Troll", "You are all fucking idiots and morons, shut up", "10.0.0.3");
		awaitStatus(id, "HIDDEN");
		mvc.perform(get("/s/acme-fr/comments").param("page", "home").param("locale", "fr"))
			.andExpect(content().string(not(containsString("idiots"))));
	}

	@Test
	void theFormRefusesRobotsAndBadInputWithClearSentencesAndKeepsTheText() throws Exception {
		long before = count();
		String token = token(france, "home", "fr");
		mvc.perform(form(france, "home", "fr", token, "Bot", "Buy cheap pills", "10.1.0.1").param("website", "http://spam"))
			.andExpect(status().isSeeOther());
		mvc.perform(form(france, "home", "fr", "123.forged", "Anne", "Bonjour", "10.1.0.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ce formulaire a expiré")))
			.andExpect(content().string(containsString(">Bonjour</textarea>")));
		mvc.perform(form(france, "home", "fr", token, " ", "Bonjour <i>", "10.1.0.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Indiquez un nom")))
			.andExpect(content().string(containsString(">Bonjour &lt;i&gt;</textarea>")));
		var egypt = sites.findPublic("acme-eg").orElseThrow();
		mvc.perform(form(egypt, "home", "en", token(egypt, "home", "en"), "Anne", "x".repeat(2001), "10.1.0.1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Your comment has 2,001 characters; the limit is 2,000")));
		mvc.perform(form(france, "nowhere", "fr", token, "Anne", "Bonjour", "10.1.0.1")).andExpect(status().isNotFound());
		mvc.perform(form(france, "home", "de", token, "Anne", "Bonjour", "10.1.0.1")).andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void oneVisitorMaySendFiveCommentsInTenMinutesAndIsToldWhenToWait() throws Exception {
		String token = token(france, "contact", "fr");
		for (int i = 1; i <= 5; i++) {
			mvc.perform(form(france, "contact", "fr", token, "Marc", "Question numéro " + i, "10.2.0.1"))
				.andExpect(status().isSeeOther())
				.andExpect(header().string("Location", containsString("sent=true")));
		}
		mvc.perform(form(france, "contact", "fr", token, "Marc", "Question numéro 6", "10.2.0.1"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Vous avez envoyé 5 commentaires ces 10 dernières minutes")))
			.andExpect(content().string(containsString("Question numéro 6")));
		mvc.perform(form(france, "contact", "fr", token, "Léa", "Autre visiteur", "10.2.0.2"))
			.andExpect(status().isSeeOther());
	}

	@Test
	void aSiteHasItsOwnLimitWhateverTheVisitors(@Autowired CommentRate rate) {
		var now = Instant.parse("2026-01-01T10:00:00Z");
		String site = "site:" + UUID.randomUUID();
		assertThat(rate.allow(site, 2, Duration.ofMinutes(10), now)).isTrue();
		assertThat(rate.allow(site, 2, Duration.ofMinutes(10), now.plusSeconds(60))).isTrue();
		assertThat(rate.allow(site, 2, Duration.ofMinutes(10), now.plusSeconds(120))).isFalse();
		assertThat(rate.allow(site, 2, Duration.ofMinutes(10), now.plusSeconds(600))).as("the next window").isTrue();
	}

	@Test
	void anUnpublishedSiteHasNoCommentFrame(@Autowired Blueprints blueprints) throws Exception {
		var fixture = new SitesFixture(blueprints, sites, null);
		var draft = fixture.site(fixture.hub, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		mvc.perform(get("/s/" + draft.slug() + "/comments").param("page", "home").param("locale", "fr"))
			.andExpect(status().isNotFound());
	}

	private UUID comment(Site site, String page, String locale, String name, String body, String address)
			throws Exception {
		mvc.perform(form(site, page, locale, token(site, page, locale), name, body, address))
			.andExpect(status().isSeeOther());
		return jdbc.sql("select id from site_comment where site_id = ? and body = ?")
			.params(site.id().value(), body)
			.query(UUID.class)
			.single();
	}

	private String token(Site site, String page, String locale) throws Exception {
		String frame = mvc.perform(get("/s/" + site.slug() + "/comments").param("page", page).param("locale", locale))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'none'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = TOKEN.matcher(frame);
		assertThat(matcher.find()).as("the frame carries a form token").isTrue();
		return matcher.group(1);
	}

	private static MockHttpServletRequestBuilder form(Site site, String page, String locale, String token, String name,
			String body, String address) {
		return post("/s/" + site.slug() + "/comments").param("page", page)
			.param("locale", locale)
			.param("token", token)
			.param("name", name)
			.param("body", body)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	/** Waits for the comment to be queued for review in {@code queue}; the review's id. */
	static String awaitReview(JdbcClient jdbc, UUID comment, String queue, Duration wait) {
		return await().atMost(wait).until(() -> jdbc.sql("""
				select r.id::text from moderation_review r join message m on m.id = r.message_id
				where m.external_id = ? and r.queue = ?""")
			.params(comment.toString(), queue)
			.query(String.class)
			.optional()
			.orElse(null), r -> r != null);
	}

	/** Waits for moderation to put the comment there; says what it decided when it does not. */
	private void awaitStatus(UUID comment, String expected) {
		try {
			// the first comment of a test run waits for the analyser to load its language models: minutes on a busy machine
			await().atMost(Duration.ofMinutes(10)).until(() -> statusOf(comment).equals(expected));
		}
		catch (org.awaitility.core.ConditionTimeoutException e) {
			var decided = jdbc.sql("select d.labels::text || ' ' || d.matches::text || ' ' || d.actions::text "
					+ "from moderation_decision d join message m on m.id = d.message_id where m.external_id = ?")
				.param(comment.toString())
				.query(String.class)
				.optional()
				.orElse("no decision yet");
			throw new AssertionError("comment " + comment + " is " + statusOf(comment) + ", not " + expected
					+ "; moderation: " + decided, e);
		}
	}

	private String statusOf(UUID comment) {
		return jdbc.sql("select status from site_comment where id = ?").param(comment).query(String.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from site_comment").query(Long.class).single();
	}
}
