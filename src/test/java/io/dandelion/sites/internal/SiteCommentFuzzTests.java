package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile posts to a published site's comment form (sessionless, the only form the public reaches):
 * names and texts of every kind and size, forged and garbled tokens, unknown pages and locales, the
 * robots' trap. Never a 5xx nor a late answer; a comment row is added exactly for each accepted post,
 * and each row is within the form's limits. The rate limits are raised so that every post is read.
 */
@SpringBootTest(properties = { "dandelion.sites.comments.per-visitor=100000", "dandelion.sites.comments.per-site=100000" })
@AutoConfigureMockMvc
class SiteCommentFuzzTests {

	static final int POSTS = 1000;
	/** Longest hostile string, far beyond the form's limit of 2,000 (a comment within it goes on to analysis). */
	static final int LONGEST = 120_000;
	/** Only a hang fails: an answer takes milliseconds. */
	static final Duration PATIENCE = Duration.ofSeconds(60);
	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SitesFixture fixture;

	@Autowired
	void fixture(Blueprints blueprints, Sites sites, SitePages pages) {
		fixture = new SitesFixture(blueprints, sites, pages);
	}

	@Autowired
	Publishing publishing;

	/** What one post sends. */
	record Post(String page, String locale, String token, String name, String body, String website) {
	}

	@Test
	void theCommentFormAnswersEveryHostilePostWithoutFailingAndStoresOnlyCommentsWithinLimits() throws Exception {
		var site = fixture.site(fixture.frEditor, fixture.fr, fixture.publishedBlueprint(AcmeBlueprint.v1()), "fr");
		publishing.publish(fixture.frEditor, site.id());
		String token = token(site.slug());
		long accepted = 0;
		for (Post post : posts(token).sample(POSTS, 20261206L).toList()) {
			MockHttpServletResponse answer = assertTimeoutPreemptively(PATIENCE,
					() -> mvc.perform(post("/s/" + site.slug() + "/comments").param("page", post.page())
						.param("locale", post.locale())
						.param("token", post.token())
						.param("name", post.name())
						.param("body", post.body())
						.param("website", post.website())
						.with(request -> {
							request.setRemoteAddr("10.9.0." + (post.hashCode() & 0xff));
							return request;
						})).andReturn().getResponse(),
					() -> "no answer within " + PATIENCE + " to " + post);
			assertThat(answer.getStatus()).as(answer.getStatus() + " to " + post).isIn(303, 400, 404);
			if (answer.getStatus() == 303 && post.website().isEmpty()) {
				accepted++;
			}
		}
		long rows = jdbc.sql("select count(*) from site_comment where site_id = ?").param(site.id().value())
			.query(Long.class)
			.single();
		assertThat(rows).isEqualTo(accepted).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from site_comment where site_id = ? and (btrim(author_name) = '' or btrim(body) = ''
				  or char_length(author_name) > ? or char_length(body) > ?)""")
			.params(site.id().value(), SiteCommentForm.MAX_NAME, SiteCommentForm.MAX_BODY)
			.query(Long.class)
			.single()).as("comments outside the form's limits").isZero();
	}

	private String token(String slug) throws Exception {
		String frame = mvc.perform(get("/s/" + slug + "/comments").param("page", "home").param("locale", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = TOKEN.matcher(frame);
		assertThat(matcher.find()).as("the frame carries a form token").isTrue();
		return matcher.group(1);
	}

	private static Gen<Post> posts(String token) {
		String mac = token.substring(token.indexOf('.') + 1);
		Gen<String> tokens = Gen.<String>weighted()
			.or(6, Gen.just(token))
			.or(2, Hostile.strings(LONGEST))
			.or(1, random -> random.nextLong() + "." + mac)
			.or(1, Gen.of(List.of(Long.MAX_VALUE, Long.MIN_VALUE, 31556889864403199L, -31557014167219200L, 0L))
				.map(issued -> issued + ".x"));
		Gen<String> pages = Gen.<String>weighted().or(6, Gen.just("home")).or(1, Gen.just("contact")).or(2, Hostile.strings(LONGEST));
		Gen<String> locales = Gen.<String>weighted().or(6, Gen.just("fr")).or(1, Gen.just("en")).or(2, Hostile.strings(LONGEST));
		Gen<String> names = Gen.oneOf(Gen.just("Jeanne"), Hostile.strings(LONGEST));
		Gen<String> websites = Gen.<String>weighted().or(9, Gen.just("")).or(1, Hostile.strings(LONGEST));
		Gen<String> bodies = Gen.<String>weighted().or(39, Hostile.strings(LONGEST)).or(1, Hostile.huge());
		return random -> new Post(pages.next(random), locales.next(random), tokens.next(random), names.next(random),
				bodies.next(random), websites.next(random));
	}
}
