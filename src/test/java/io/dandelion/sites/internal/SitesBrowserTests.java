package io.dandelion.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.dandelion.channels.ChannelActions;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The website factory in a real headless Chromium against the running application and its real
 * pipeline: the demo's site editor edits and publishes the French site; a visitor comments on the
 * published page; the comment goes through analysis and moderation and appears, with an answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Sites sites;

	@Autowired
	ChannelActions actions;

	@Autowired
	JdbcClient jdbc;

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
	void anEditorPublishesAPageAndAVisitorsCommentAppearsOnceModeratedWithTheAnswer() {
		String base = "http://localhost:" + port;
		var france = sites.findPublic("acme-fr").orElseThrow();
		try (var editor = Browser.signedIn(base, "site.editor"); var visitor = Browser.anonymous(base)) {
			editor.open("/sites");
			editor.driver.findElement(By.linkText("Acme France")).click();
			editor.until(d -> d.getCurrentUrl().endsWith("/sites/" + france.id()));
			editor.find("a[href$='/pages/home/fr']").click();
			var body = editor.find("#body");
			body.clear();
			body.sendKeys("## Bienvenue à Lyon\n\nNotre nouvelle boutique ouvre rue de la République.\n\n{{comments}}");
			editor.find("form.card button[type=submit]").click();
			editor.until(d -> d.getPageSource().contains("Draft saved."));
			editor.screenshot("site-editor");
			editor.open("/sites/" + france.id());
			editor.driver.findElement(By.xpath("//button[text()='Check and publish']")).click();
			String published = editor.until(d -> d.findElement(By.cssSelector("p.ok")).getText());
			assertThat(published).startsWith("Published release");

			visitor.open("/s/acme-fr/fr/home/");
			assertThat(visitor.text("main h2")).isEqualTo("Bienvenue à Lyon");
			assertThat(visitor.text("main")).contains("Notre nouvelle boutique ouvre rue de la République.");
			visitor.driver.switchTo().frame(visitor.find("section.comments iframe"));
			visitor.find("#comment-name").sendKeys("Jeanne");
			visitor.find("#comment-body").sendKeys("Bravo pour la boutique <script>alert('pwned')</script>");
			visitor.find("button[type=submit]").click();
			assertThat(visitor.text("p.notice")).startsWith("Merci. Votre commentaire apparaîtra ici");

			String comment = jdbc.sql("select id::text from site_comment where site_id = ? and author_name = 'Jeanne'")
				.param(france.id().value())
				.query(String.class)
				.single();
			await().atMost(Duration.ofMinutes(10))
				.until(() -> jdbc.sql("select status from site_comment where id = ?::uuid")
					.param(comment)
					.query(String.class)
					.single()
					.equals("APPROVED"));
			actions.reply(france.channel(), comment, SiteComment.thread("home", "fr"), "Merci Jeanne, à bientôt !");

			visitor.open("/s/acme-fr/fr/home/");
			visitor.driver.switchTo().frame(visitor.find("section.comments iframe"));
			assertThat(visitor.text("article.comment p.text")).isEqualTo("Bravo pour la boutique <script>alert('pwned')</script>");
			assertThat(visitor.text("article.comment .answer p.text")).isEqualTo("Merci Jeanne, à bientôt !");
			assertThat(visitor.driver.findElements(By.cssSelector("article.comment script"))).isEmpty();
			visitor.driver.switchTo().defaultContent();
			try {
				visitor.driver.switchTo().alert();
				throw new AssertionError("a script from a comment ran");
			}
			catch (NoAlertPresentException expected) {
				// the comment's script is text, and published pages may run no script at all
			}
			visitor.screenshot("site-comments");
		}
	}
}
