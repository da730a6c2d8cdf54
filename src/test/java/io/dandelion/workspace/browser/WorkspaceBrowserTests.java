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
import io.dandelion.workspace.TestTraffic;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
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

	TestTraffic traffic;
	ChannelSummary frenchX;

	@BeforeEach
	void demoOrganisationWithAFrenchAccount(@Autowired DemoOrganisationForTests demo, @Autowired Units units) {
		assumeThat(Browser.installed())
			.as("Chromium or chromedriver is not installed (/usr/bin/chromium, /usr/bin/chromedriver): browser tests "
					+ "skipped; .ci/run installs them (apt-get install chromium chromium-driver)")
			.isTrue();
		demo.seed();
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
		String root = traffic.comment(frenchX, "Paul Durand", "Bonjour, ma facture de novembre est fausse, pouvez-vous la corriger ?");
		String conversation = jdbc.sql("select id::text from conversation where root_external_id = ?")
			.param(root)
			.query(String.class)
			.single();
		// the pipeline (analysis, moderation, routing) puts it into the French care helpers' queue
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select count(*) from routing_item where conversation_id = ?::uuid")
				.param(conversation)
				.query(Integer.class)
				.single() == 1);
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
}
