package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.support.PipelineQuiet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Facebook Page through the scheduled poller: polled from its feed while the installation's Meta app
 * (client id {@code dandelion-meta-app}, see {@link PlatformStubs}) is not subscribed to the Page's feed,
 * left to the webhook while it is.
 */
@ChannelsTest
class FacebookPollingTests {

	@RegisterExtension
	static final WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String FEED = """
			{"data":[{"id":"7001_1","comments":{"data":[
			  {"id":"1_11","message":"Do you deliver to Lyon?","created_time":"2026-12-03T09:00:00+0000","from":{"id":"9001","name":"Ana"}},
			  {"id":"1_12","message":"Yes we do","created_time":"2026-12-03T09:02:00+0000","from":{"id":"7001","name":"Acme"},
			   "parent":{"id":"1_11"}}]}}]}""";

	@Autowired
	ConnectorRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ChannelFixtures fixtures;

	ChannelId page;

	@BeforeEach
	void aPageWithoutWebhook() {
		PipelineQuiet.await(dataSource, Duration.ofSeconds(20));
		jdbc.sql("update channel set status = 'PAUSED'").update(); // channels of earlier tests stay out of the way
		page = fixtures.connect(fixtures.organisation(), "facebook", "Acme Lyon " + System.nanoTime(), "7001",
				Map.of("access_token", "page-token", "api_base", graph.baseUrl()));
	}

	@Test
	void facebookPagesArePolledInstagramAccountsAreNot() {
		assertThat(registry.platformsWith(Capability.POLL)).contains("facebook").doesNotContain("instagram");
	}

	@Test
	void storesTheFeedsCommentsWhileTheWebhookIsNotSubscribed() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/7001/subscribed_apps")).willReturn(okJson("{\"data\":[]}")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/7001/feed")).willReturn(okJson(FEED)));

		assertThat(fixtures.poller("node-fb").pollDue(10)).isEqualTo(1);

		assertThat(fixtures.messages(page)).isEqualTo(2);
		assertThat(fixtures.column(page, "poll_cursor"))
			.isEqualTo(String.valueOf(Instant.parse("2026-12-03T09:02:00Z").getEpochSecond()));
		assertThat(fixtures.column(page, "health")).isEqualTo("HEALTHY");
	}

	@Test
	void leavesTheCommentsToTheWebhookOnceTheInstallationsAppIsSubscribed() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/7001/subscribed_apps")).willReturn(okJson("""
				{"data":[{"id":"dandelion-meta-app","name":"Dandelion","subscribed_fields":["feed"]}]}""")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/7001/feed")).willReturn(okJson(FEED)));

		assertThat(fixtures.poller("node-fb").pollDue(10)).isEqualTo(1);

		assertThat(fixtures.messages(page)).isZero();
		assertThat(fixtures.column(page, "poll_cursor")).isNull();
		graph.verify(0, getRequestedFor(urlPathEqualTo("/v21.0/7001/feed")));
	}
}
