package io.dandelion.workspace.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import io.dandelion.support.Browser;
import io.dandelion.support.XssCorpus;
import io.dandelion.workspace.TestTraffic;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The XSS corpus ({@link XssCorpus}) ingested as customers' messages and as their names, then shown in a
 * real headless Chromium: the inbox (loaded, and updated live while the messages arrive), each
 * conversation, and the reports' drill-down with the corpus in its query. Nothing runs, the text is
 * there to read, and the audit chain still verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MockitoBean(types = { Channels.class, ChannelActions.class })
class HostileTextBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Channels channels;

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
		frenchX = traffic.channel(units.findByCode("fr").orElseThrow().id(), "x", "@acme_fr_" + System.nanoTime());
	}

	@Test
	void theCorpusAsMessagesAndNamesRunsNowhereInTheWorkspaceNorTheReports() {
		String base = "http://localhost:" + port;
		try (var admin = Browser.signedIn(base, "hub.admin")) {
			admin.openLive("/workspace");
			List<String> conversations = new ArrayList<>();
			for (String payload : XssCorpus.PAYLOADS) {
				String root = traffic.comment(frenchX, payload, "Au secours " + payload);
				conversations.add(jdbc.sql("select id::text from conversation where root_external_id = ?")
					.param(root)
					.query(String.class)
					.single());
			}
			String last = "tr[data-conversation='" + conversations.get(conversations.size() - 1) + "']";
			assertThat(admin.text(last + " td.latest")).as("the live inbox shows the last message as text")
				.contains(XssCorpus.PAYLOADS.get(XssCorpus.PAYLOADS.size() - 1));
			XssCorpus.assertNothingRan(admin, "the live inbox");

			admin.openLive("/workspace");
			assertThat(admin.driver.getPageSource()).contains("__pwned=1&lt;/script&gt;");
			XssCorpus.assertNothingRan(admin, "the inbox");

			for (int i = 0; i < conversations.size(); i++) {
				// the page as it loads is what is checked; waiting for each page's live stream made this test
				// take over ten minutes (opening 31 streams one after the other, each slow to report "open")
				admin.open("/workspace/conversations/" + conversations.get(i));
				assertThat(admin.text("body")).as("conversation of payload " + (i + 1)).contains("Au secours");
				XssCorpus.assertNothingRan(admin, "the conversation of payload " + (i + 1));
			}

			LocalDate today = LocalDate.now();
			for (int i = 0; i < XssCorpus.PAYLOADS.size(); i++) {
				String key = URLEncoder.encode(XssCorpus.PAYLOADS.get(i), StandardCharsets.UTF_8);
				admin.open("/reports/conversations?from=" + today.minusDays(6) + "&to=" + today + "&by=sentiment&key=" + key);
				XssCorpus.assertNothingRan(admin, "the reports' drill-down for payload " + (i + 1));
			}

			admin.open("/api/v1/audit/verify");
			assertThat(admin.text("body")).as("the audit chain after all of it").contains("\"intact\":true");
		}
	}
}
