package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.polling.ChannelPoller;
import io.dandelion.support.PipelineQuiet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@ChannelsTest
class PollingTests {

	@RegisterExtension
	static final WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Autowired
	ItemSink sink;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	@BeforeEach
	void organisation() {
		// the pipeline still handling an earlier test's messages calls the mocks about to be stubbed again
		PipelineQuiet.await(dataSource, Duration.ofSeconds(20));
		org = fixtures.organisation();
		jdbc.sql("update channel set status = 'PAUSED'").update(); // channels of earlier tests stay out of the way
	}

	@Test
	void twoNodesPollingAtOnceEachPollEveryChannelExactlyOnce() throws Exception {
		List<ChannelId> channels = java.util.stream.IntStream.range(0, 12)
			.mapToObj(i -> simulated("@sim" + i + "_" + System.nanoTime()))
			.toList();
		Map<ChannelId, AtomicInteger> deliveries = new ConcurrentHashMap<>();
		Map<ChannelId, String> polledBy = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> polled = List.of("node-a", "node-b").stream().map(node -> nodes.submit(() -> {
				start.await();
				ItemSink counting = (channel, items) -> {
					deliveries.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
					polledBy.put(channel, node);
					return sink.accept(channel, items);
				};
				ChannelPoller poller = fixtures.poller(node, counting);
				int total = 0;
				for (int round = 0; round < 20; round++) {
					total += poller.pollDue(3);
				}
				return total;
			})).toList();
			start.countDown();
			assertThat(polled.get(0).get() + polled.get(1).get()).isEqualTo(channels.size());
		}
		finally {
			nodes.shutdownNow();
		}
		for (ChannelId channel : channels) {
			assertThat(deliveries.get(channel)).as("deliveries of " + channel).hasValue(1);
			assertThat(fixtures.messages(channel)).isEqualTo(20);
			assertThat(fixtures.column(channel, "poll_cursor")).startsWith("20@");
			assertThat(fixtures.column(channel, "health")).isEqualTo("HEALTHY");
			assertThat(fixtures.column(channel, "lease_owner")).isNull();
			assertThat(fixtures.column(channel, "last_polled_by")).as("the node recorded as the last to poll " + channel)
				.isEqualTo(polledBy.get(channel));
		}
	}

	@Test
	void aRateLimitWaitsUntilThePlatformsResetTimeAndKeepsTheCursor() {
		ChannelId brand = fixtures.connect(org, "x", "@acme_" + System.nanoTime(),
				"1100000000000000001", Map.of("access_token", "t", "api_base", x.baseUrl()));
		jdbc.sql("update channel set poll_cursor = '1800000000000000000' where id = ?").param(brand.value()).update();
		x.stubFor(get(urlPathMatching("/2/users/.*/mentions")).willReturn(aResponse().withStatus(429)
			.withHeader("x-rate-limit-reset", "1895000000")
			.withBody("{\"title\":\"Too Many Requests\",\"status\":429}")));

		assertThat(fixtures.poller("node-a").pollDue(10)).isEqualTo(1);

		assertThat(fixtures.column(brand, "health")).isEqualTo("RATE_LIMITED");
		assertThat(fixtures.column(brand, "poll_cursor")).isEqualTo("1800000000000000000");
		assertThat(fixtures.column(brand, "last_error")).startsWith("RATE_LIMITED");
		assertThat(jdbc.sql("select next_poll_at from channel where id = ?").param(brand.value()).query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.ofEpochSecond(1895000000));
		assertThat(fixtures.poller("node-b").pollDue(10))
			.as("not due before the reset time").isZero();
	}

	@Test
	void aRetryAfterInSecondsIsHonouredAndTheChannelShowsWhyItWaits() throws Exception {
		ChannelId brand = youtube("UCretry" + System.nanoTime());
		x.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).inScenario("throttled").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":429,\"message\":\"Too many requests, slow down\"}}"))
			.willSetStateTo("served"));
		x.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).inScenario("throttled").whenScenarioStateIs("served")
			.willReturn(okJson(ONE_THREAD)));
		Instant before = Instant.now();

		assertThat(fixtures.poller("node-a").pollDue(10)).isEqualTo(1);

		assertThat(fixtures.column(brand, "health")).isEqualTo("RATE_LIMITED");
		assertThat(fixtures.column(brand, "poll_cursor")).as("the cursor does not move").isEqualTo(CURSOR);
		assertThat(nextPoll(brand)).isBetween(before.plusSeconds(120), Instant.now().plusSeconds(120));
		assertThat(fixtures.poller("node-b").pollDue(10)).as("nobody polls before the platform's time").isZero();
		org.as(org.frManager);
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/channels/" + brand).with(user("fr.community")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.health").value("RATE_LIMITED"))
			.andExpect(jsonPath("$.lastError").value(containsString("Too many requests, slow down")))
			.andExpect(jsonPath("$.lastErrorAt").exists());
		verify(audit).record(argThat(entry -> entry.action().equals("channel.health-changed")
				&& entry.subjectId().equals(brand.toString())
				&& entry.after() instanceof Map<?, ?> after && "RATE_LIMITED".equals(after.get("health"))));

		jdbc.sql("update channel set next_poll_at = now() where id = ?").param(brand.value()).update(); // the wait is over
		assertThat(fixtures.poller("node-b").pollDue(10)).isEqualTo(1);
		assertThat(fixtures.column(brand, "health")).isEqualTo("HEALTHY");
		assertThat(fixtures.column(brand, "poll_cursor")).isEqualTo("2026-12-03T10:00:00Z");
		assertThat(fixtures.messages(brand)).isEqualTo(1);
	}

	@Test
	void aRetryAfterGivenAsADateIsHonoured() {
		ChannelId brand = youtube("UCdate" + System.nanoTime());
		Instant until = Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		x.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
				.format(until.atZone(java.time.ZoneOffset.UTC)))));

		fixtures.poller("node-a").pollDue(10);

		assertThat(fixtures.column(brand, "health")).isEqualTo("RATE_LIMITED");
		assertThat(fixtures.column(brand, "poll_cursor")).isEqualTo(CURSOR);
		assertThat(nextPoll(brand)).isEqualTo(until);
	}

	@Test
	void theCursorAdvancesOnlyAfterTheSinkTookTheItems() {
		ChannelId channel = simulated("@sim_crash_" + System.nanoTime());
		ItemSink crashing = (id, items) -> {
			throw new IllegalStateException("database went away");
		};
		fixtures.poller("node-a", crashing).pollDue(10);
		assertThat(fixtures.column(channel, "poll_cursor")).isNull();
		assertThat(fixtures.column(channel, "health")).isEqualTo("FAILING");
		assertThat(fixtures.column(channel, "last_error")).contains("database went away");
		assertThat(fixtures.messages(channel)).isZero();

		jdbc.sql("update channel set next_poll_at = now() where id = ?").param(channel.value()).update();
		fixtures.poller("node-a").pollDue(10);
		assertThat(fixtures.messages(channel)).as("nothing was lost").isEqualTo(20);
		assertThat(fixtures.column(channel, "health")).isEqualTo("HEALTHY");
	}

	static final String CURSOR = "2026-12-01T00:00:00Z";

	static final String ONE_THREAD = """
			{"kind":"youtube#commentThreadListResponse","items":[{"kind":"youtube#commentThread","id":"Ugw-1",
			 "snippet":{"videoId":"vid1","topLevelComment":{"kind":"youtube#comment","id":"Ugw-1","snippet":{
			   "videoId":"vid1","authorDisplayName":"Annie","authorChannelId":{"value":"UCannie"},
			   "textOriginal":"Where is my refund?","publishedAt":"2026-12-03T10:00:00Z","updatedAt":"2026-12-03T10:00:00Z"}}}}]}""";

	/** A YouTube channel whose API is the WireMock server, polled from {@link #CURSOR}. */
	private ChannelId youtube(String channelId) {
		x.resetAll();
		ChannelId channel = fixtures.connect(org, "youtube", "@brand_" + channelId, channelId,
				Map.of("access_token", "t", "api_base", x.baseUrl()));
		jdbc.sql("update channel set poll_cursor = ? where id = ?").params(CURSOR, channel.value()).update();
		return channel;
	}

	private Instant nextPoll(ChannelId channel) {
		return jdbc.sql("select next_poll_at from channel where id = ?").param(channel.value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private ChannelId simulated(String handle) {
		return fixtures.connect(org, "simulator", handle, Map.of("languages", "fr,nl"));
	}
}
