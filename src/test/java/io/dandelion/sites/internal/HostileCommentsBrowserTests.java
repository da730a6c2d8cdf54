package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.support.Browser;
import io.dandelion.support.PipelineQuiet;
import io.dandelion.support.XssCorpus;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The XSS corpus ({@link XssCorpus}) sent through a published site's comment form as visitors' names and
 * comments, approved (as a moderator would, to show them), then read in a real headless Chromium on the
 * published page's comment frame and in the site editor's list of comments: nothing runs, and the audit
 * chain still verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dandelion.sites.comments.per-visitor=1000", "dandelion.sites.comments.per-site=1000" })
class HostileCommentsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void theDemoWithItsSites(@Autowired DemoOrganisationForTests demo) {
		assumeThat(Browser.installed())
			.as("Chromium or chromedriver is not installed (/usr/bin/chromium, /usr/bin/chromedriver): browser tests "
					+ "skipped; .ci/run installs them (apt-get install chromium chromium-driver)")
			.isTrue();
		demo.seed();
		await().atMost(Duration.ofMinutes(3)).until(() -> sites.findPublic("acme-fr").isPresent());
	}

	@Test
	void theCorpusAsVisitorsNamesAndCommentsRunsNowhere() {
		String base = "http://localhost:" + port;
		var france = sites.findPublic("acme-fr").orElseThrow();
		String frame = "/s/acme-fr/comments?page=home&locale=fr";
		try (var visitor = Browser.anonymous(base)) {
			for (String payload : XssCorpus.PAYLOADS) {
				visitor.open(frame);
				visitor.find("#comment-name").sendKeys(payload.length() > 80 ? payload.substring(0, 80) : payload);
				visitor.find("#comment-body").sendKeys("Bravo " + payload);
				visitor.find("button[type=submit]").click();
				visitor.until(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
				XssCorpus.assertNothingRan(visitor, "the frame after posting");
			}
			// moderation decides on each comment first, so that its decision cannot hide them again after this
			PipelineQuiet.await(dataSource, Duration.ofMinutes(5));
			int shown = jdbc.sql("update site_comment set status = 'APPROVED' where site_id = ? and body like 'Bravo %'")
				.param(france.id().value())
				.update();
			assertThat(shown).isGreaterThanOrEqualTo(XssCorpus.PAYLOADS.size());

			visitor.open(frame);
			assertThat(visitor.driver.findElements(By.cssSelector("article.comment"))).hasSizeGreaterThanOrEqualTo(XssCorpus.PAYLOADS.size());
			assertThat(visitor.text("body")).contains("Bravo <script>window.__pwned=1</script>");
			XssCorpus.assertNothingRan(visitor, "the comment frame");

			visitor.open("/s/acme-fr/fr/home/");
			XssCorpus.assertNothingRan(visitor, "the published page");
		}
		try (var editor = Browser.signedIn(base, "site.editor")) {
			editor.open("/sites/" + france.id() + "/comments");
			assertThat(editor.text("body")).contains("Bravo <script>window.__pwned=1</script>");
			XssCorpus.assertNothingRan(editor, "the editor's list of comments");
		}
		try (var admin = Browser.signedIn(base, "hub.admin")) {
			admin.open("/api/v1/audit/verify");
			assertThat(admin.text("body")).as("the audit chain after all of it").contains("\"intact\":true");
		}
	}
}
