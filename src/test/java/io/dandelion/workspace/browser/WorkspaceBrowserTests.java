package io.dandelion.workspace.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import io.dandelion.support.Browser;
import io.dandelion.support.PipelineQuiet;
import io.dandelion.workspace.TestTraffic;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The workspace in a real headless Chromium against the running application: demo members sign in
 * with their passwords; only the platforms behind the channels are stood in for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MockitoBean(types = { Channels.class, ChannelActions.class })
class WorkspaceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Channels channels;

	@Autowired
	ChannelActions actions;

	@Autowired
	ItemSink sink;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	TestTraffic traffic;
	ChannelSummary frenchX;

	@BeforeEach
	void demoOrganisationWithAFrenchAccount(@Autowired DemoOrganisationForTests demo, @Autowired Units units) {
		assumeThat(Browser.installed())
			.as("Chromium or chromedriver is not installed (/usr/bin/chromium, /usr/bin/chromedriver): browser tests "
					+ "skipped; .ci/run installs them (apt-get install chromium chromium-driver)")
			.isTrue();
		demo.seed();
		jdbc.sql("""
				insert into sla_policy (id, name, unit_id, first_response, next_response, resolution)
				values (gen_random_uuid(), 'France care', ?, interval '4 hours', interval '4 hours', interval '2 days')
				on conflict do nothing""")
			.param(units.findByCode("fr").orElseThrow().id().value())
			.update();
		traffic = new TestTraffic(channels, sink);
		frenchX = traffic.channel(units.findByCode("fr").orElseThrow().id(), "x", "@acme_fr");
		given(actions.capabilities(any())).willReturn(EnumSet.allOf(ChannelActions.Capability.class));
		given(actions.reply(any(), any(), any(), any()))
			.willAnswer(call -> new ChannelActions.SentReply("x-reply-" + UUID.randomUUID(), Instant.now()));
	}

	@Test
	void anAgentAnswersInTheCustomersLanguageAndAColleagueSeesItLive() {
		String base = "http://localhost:" + port;
		try (var agent = Browser.signedIn(base, "fr.agent"); var colleague = Browser.signedIn(base, "fr.community")) {
			agent.openLive("/workspace");
			colleague.openLive("/workspace");

			String root = traffic.comment(frenchX, "Jeanne Martin",
					"Ma box ne marche plus depuis hier <script>alert('pwned')</script>");
			// analysis records its own language on another thread: override it only once the pipeline is done
			PipelineQuiet.await(dataSource, Duration.ofSeconds(30));
			jdbc.sql("update conversation set language = 'fr' where root_external_id = ?").param(root).update();
			String conversation = jdbc.sql("select id::text from conversation where root_external_id = ?")
				.param(root)
				.query(String.class)
				.single();
			String row = "tr[data-conversation='" + conversation + "']";
			assertThat(colleague.text(row + " td.latest")).as("the colleague's inbox shows the new item without reload")
				.contains("<script>alert('pwned')</script>");
			assertThat(agent.text(row + " td.latest")).contains("Ma box ne marche plus");
			assertThat(agent.driver.findElements(By.cssSelector("td.latest script"))).isEmpty();
			assertThatThrownBy(() -> agent.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
			agent.screenshot("inbox");

			agent.click(row + " a.open");
			agent.until(d -> d.getCurrentUrl().endsWith("/workspace/conversations/" + conversation));
			agent.openLive("/workspace/conversations/" + conversation);
			colleague.openLive("/workspace/conversations/" + conversation);

			agent.driver.findElement(By.tagName("body")).sendKeys("r");
			assertThat(agent.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("reply-text");
			agent.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
			agent.driver.findElements(By.cssSelector("button.saved-reply"))
				.stream()
				.filter(button -> button.getText().equals("Thanks, we are on it"))
				.findFirst()
				.orElseThrow()
				.click();
			agent.until(d -> d.findElement(By.id("reply-text")).getDomProperty("value").startsWith("Bonjour Jeanne, merci"));
			assertThat(agent.find("#reply-text").getDomAttribute("lang")).isEqualTo("fr");
			String replying = colleague.until(d -> {
				String text = d.findElement(By.id("presence")).getText();
				return text.contains("fr.agent") ? text : null;
			});
			assertThat(replying).isEqualTo("fr.agent is replying…");
			agent.screenshot("conversation");

			agent.click("#send-resolve");
			agent.until(d -> d.findElement(By.id("conversation-status")).getText().equals("Resolved"));
			colleague.until(d -> d.findElement(By.id("activity")).getText().contains("Bonjour Jeanne, merci"));
			assertThat(jdbc.sql("select status from conversation where id = ?::uuid").param(conversation).query(String.class).single())
				.isEqualTo("RESOLVED");

			colleague.openLive("/workspace?status=resolved&lang=fr");
			assertThat(colleague.text("h1")).isEqualTo("Boîte de réception");
			assertThat(colleague.text(row + " .status")).isEqualTo("Résolues");
			colleague.screenshot("inbox-fr");
		}
	}

	@Test
	void anAgentTakesOwnershipAndHandsOffToTheHubWhileAColleagueSeesItLive() {
		String base = "http://localhost:" + port;
		// the pipeline (analysis, moderation, routing) puts it into the French care helpers' queue
		String conversation = routed("Bonjour, ma facture de novembre est fausse, pouvez-vous la corriger ?");
		String page = "/workspace/conversations/" + conversation;
		try (var agent = Browser.signedIn(base, "fr.agent"); var colleague = Browser.signedIn(base, "fr.community")) {
			colleague.openLive(page);
			agent.openLive(page);
			assertThat(agent.text("#holder")).isEqualTo("Waiting in the queue, held by nobody.");

			agent.driver.findElement(By.tagName("body")).sendKeys("a");
			agent.until(d -> d.findElement(By.id("holder")).getText().equals("You hold this conversation."));
			colleague.until(d -> d.findElement(By.id("holder")).getText().equals("Held by Fatou Agent"));

			agent.click("#hand-off-panel summary");
			new org.openqa.selenium.support.ui.Select(agent.find("#hand-off-to")).selectByVisibleText("Hub social team · Acme Telecom");
			agent.find("#hand-off-note").sendKeys("Billing dispute: the hub handles corrections");
			agent.screenshot("hand-off");
			agent.click("#hand-off");
			agent.until(d -> d.findElement(By.id("holder")).getText().equals("Waiting in the queue, held by nobody."));
			assertThat(agent.text("#ownership")).contains("Handed off").contains("Billing dispute: the hub handles corrections");
			colleague.until(d -> d.findElement(By.id("holder")).getText().equals("Waiting in the queue, held by nobody."));
		}
		assertThat(jdbc.sql("""
				select t.name from routing_item i join routing_queue q on q.id = i.queue_id join teams t on t.id = q.team_id
				where i.conversation_id = ?::uuid""").param(conversation).query(String.class).single())
			.isEqualTo("Hub social team");
	}

	@Test
	void slaBadgesCountDownAndTurnToWarningThenBreachedWithoutReload() {
		String conversation = routed("Bonjour, ma connexion saute toutes les cinq minutes depuis lundi");
		String badge = "tr[data-conversation='" + conversation + "'] .sla";
		try (var agent = Browser.signedIn("http://localhost:" + port, "fr.agent")) {
			agent.openLive("/workspace");
			// the first-response timer warns in 40 seconds and is due in 70 (room for a slow page on a loaded machine)
			jdbc.sql("update sla_timer set stopped_at = now() where conversation_id = ?::uuid and kind <> 'FIRST_RESPONSE'")
				.param(conversation)
				.update();
			int timers = jdbc.sql("""
					update sla_timer set stopped_at = null, warned_at = null, breached_at = null,
					       warn_at = now() + interval '40 seconds', due_at = now() + interval '70 seconds'
					where conversation_id = ?::uuid and kind = 'FIRST_RESPONSE'""").param(conversation).update();
			assertThat(timers).as("routing started a first-response timer").isEqualTo(1);
			agent.openLive("/workspace");
			((org.openqa.selenium.JavascriptExecutor) agent.driver).executeScript("window.notReloaded = true;");
			assertThat(agent.find(badge).getDomAttribute("class")).contains("sla-running");
			String first = agent.text(badge + " .sla-left");
			assertThat(first).as("a countdown in minutes and seconds").matches("[01]m \\d\\ds left");
			agent.until(d -> !d.findElement(By.cssSelector(badge + " .sla-left")).getText().equals(first));

			var minute = new org.openqa.selenium.support.ui.WebDriverWait(agent.driver, java.time.Duration.ofSeconds(90))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
			minute.until(d -> d.findElement(By.cssSelector(badge)).getDomAttribute("class").contains("sla-warning"));
			assertThat(agent.text(badge + " .sla-label")).isEqualTo("SLA soon due");
			minute.until(d -> d.findElement(By.cssSelector(badge)).getDomAttribute("class").contains("sla-breached"));
			assertThat(agent.text(badge + " .sla-label")).isEqualTo("SLA breached");
			assertThat(agent.text(badge + " .sla-left")).contains("overdue");
			assertThat(((org.openqa.selenium.JavascriptExecutor) agent.driver).executeScript("return window.notReloaded === true;"))
				.as("the page was never reloaded")
				.isEqualTo(true);
		}
	}

	@Test
	void keyboardShortcutsWorkTheInboxAndAConversationAndThePagesAreAccessible() {
		String first = routed("Bonjour, mon modem clignote en rouge depuis ce matin, que faire ?");
		String second = routed("Bonjour, je n'arrive plus à me connecter à mon espace client");
		try (var agent = Browser.signedIn("http://localhost:" + port, "fr.agent")) {
			agent.openLive("/workspace");
			assertThat(accessibilityProblems(agent)).as("inbox").isEmpty();
			var body = agent.driver.findElement(By.tagName("body"));
			body.sendKeys("j");
			String one = agent.driver.switchTo().activeElement().getDomAttribute("href");
			assertThat(one).as("j focuses the first conversation").startsWith("/workspace/conversations/");
			agent.driver.switchTo().activeElement().sendKeys("j");
			String two = agent.driver.switchTo().activeElement().getDomAttribute("href");
			assertThat(two).as("j again, the next one").startsWith("/workspace/conversations/").isNotEqualTo(one);
			agent.driver.switchTo().activeElement().sendKeys("k");
			assertThat(agent.driver.switchTo().activeElement().getDomAttribute("href")).as("k goes back").isEqualTo(one);

			agent.openLive("/workspace/conversations/" + first);
			assertThat(accessibilityProblems(agent)).as("conversation").isEmpty();
			assertThat(agent.driver.findElements(By.cssSelector("[aria-keyshortcuts]")))
				.extracting(e -> e.getDomAttribute("aria-keyshortcuts"))
				.as("the shortcuts are announced on their controls")
				.contains("r", "e", "a", "?");
			agent.driver.findElement(By.tagName("body")).sendKeys("?");
			agent.until(d -> d.findElement(By.id("shortcuts")).isDisplayed());
			assertThat(agent.find("#shortcuts-toggle").getDomAttribute("aria-expanded")).isEqualTo("true");
			agent.driver.findElement(By.tagName("body")).sendKeys("?");
			agent.until(d -> !d.findElement(By.id("shortcuts")).isDisplayed());

			agent.driver.findElement(By.tagName("body")).sendKeys("a");
			agent.until(d -> d.findElement(By.id("holder")).getText().equals("You hold this conversation."));
			agent.driver.findElement(By.tagName("body")).sendKeys("e");
			agent.until(d -> d.findElement(By.id("conversation-status")).getText().equals("Resolved"));
			assertThat(jdbc.sql("select status from conversation where id = ?::uuid").param(first).query(String.class).single())
				.isEqualTo("RESOLVED");

			agent.driver.findElement(By.tagName("body")).sendKeys("n");
			agent.until(d -> d.getCurrentUrl().contains("/workspace/conversations/")
					&& !d.getCurrentUrl().endsWith(first));
			assertThat(second).isNotBlank();
		}
	}

	/**
	 * What an automated look at the page finds wrong: form controls without an accessible name, positive tab
	 * indexes (which break the focus order), images without text, and text whose contrast with its background is
	 * below WCAG AA (4.5:1; 3:1 for large text).
	 */
	@SuppressWarnings("unchecked")
	private static java.util.List<String> accessibilityProblems(Browser browser) {
		return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
				const problems = [];
				const named = el => (el.getAttribute('aria-label') || '').trim() || el.getAttribute('aria-labelledby')
				  || el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]'))
				  || (el.getAttribute('title') || '').trim();
				document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(el => {
				  if (!named(el)) problems.push('no label: ' + el.outerHTML.slice(0, 80));
				});
				document.querySelectorAll('button, a[href]').forEach(el => {
				  if (el.offsetParent !== null && !(el.textContent.trim() || named(el))) problems.push('no name: ' + el.outerHTML.slice(0, 80));
				});
				document.querySelectorAll('[tabindex]').forEach(el => {
				  if (parseInt(el.getAttribute('tabindex'), 10) > 0) problems.push('positive tabindex: ' + el.outerHTML.slice(0, 80));
				});
				document.querySelectorAll('img').forEach(el => { if (!el.hasAttribute('alt')) problems.push('img without alt'); });
				if (!document.documentElement.lang) problems.push('no lang on html');
				const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
				const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
				  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
				const background = el => {
				  for (let e = el; e; e = e.parentElement) {
				    const c = rgb(getComputedStyle(e).backgroundColor);
				    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
				  }
				  return [255, 255, 255];
				};
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				const seen = new Set();
				while (walker.nextNode()) {
				  const el = walker.currentNode.parentElement;
				  if (!walker.currentNode.textContent.trim() || seen.has(el) || el.offsetParent === null) continue;
				  seen.add(el);
				  const style = getComputedStyle(el);
				  if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
				  const fg = lum(rgb(style.color).slice(0, 3)), bg = lum(background(el));
				  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
				  const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
				  if (ratio < (large ? 3 : 4.5)) problems.push('contrast ' + ratio.toFixed(2) + ': ' + el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '"');
				}
				return problems;""");
	}

	/** A French customer's comment on the French account, once routing has put it into a queue with its SLA timers. */
	private String routed(String text) {
		String root = traffic.comment(frenchX, "Paul Durand", text);
		String conversation = jdbc.sql("select id::text from conversation where root_external_id = ?")
			.param(root)
			.query(String.class)
			.single();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from sla_timer where conversation_id = ?::uuid")
				.param(conversation)
				.query(Integer.class)
				.single() > 0);
		return conversation;
	}
}
