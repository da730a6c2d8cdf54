package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.dandelion.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An X account whose platform storms: rate limits, 500 and 503, connections reset and closed empty,
 * a body cut in half and a request that times out, one after the other, poll after poll; then it answers
 * again, with pages that overlap. Nothing is stored while it storms and the cursor stays; once it
 * answers, every post it sent is stored exactly once, and the channel is healthy again by itself.
 */
@ChannelsTest
class ConnectorStormTests {

	@RegisterExtension
	static final WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String MENTIONS = "/2/users/.*/mentions";

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelFixtures fixtures;

	ChannelId brand;

	@BeforeEach
	void anXAccount() {
		TestOrganisation org = fixtures.organisation();
		jdbc.sql("update channel set status = 'PAUSED'").update(); // channels of earlier tests stay out of the way
		brand = fixtures.connect(org, "x", "@acme_storm_" + System.nanoTime(), "1100000000000000001",
				Map.of("access_token", "t", "api_base", x.baseUrl()));
		jdbc.sql("update channel set poll_cursor = '1000' where id = ?").param(brand.value()).update();
	}

	@Test
	void aStormingPlatformLosesNothingDuplicatesNothingAndTheChannelRecoversByItself() {
		List<ResponseDefinitionBuilder> storm = List.of(
				aResponse().withStatus(429).withHeader("x-rate-limit-reset", Long.toString(Instant.now().getEpochSecond() + 1))
					.withBody("{\"title\":\"Too Many Requests\",\"status\":429}"),
				aResponse().withStatus(500).withBody("{\"title\":\"Internal Error\"}"),
				aResponse().withStatus(503).withBody("<html>upstream connect error</html>"),
				aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withFault(Fault.EMPTY_RESPONSE),
				aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
				aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\":[{\"id\":"),
				aResponse().withStatus(200).withFixedDelay(21_000).withBody("{}"),
				okJson(page(1001, 1005)), aResponse().withStatus(502), okJson(page(1004, 1008)), okJson(page(1009, 1008)));
		for (int i = 0; i < storm.size(); i++) {
			x.stubFor(get(urlPathMatching(MENTIONS)).inScenario("storm")
				.whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll " + i)
				.willSetStateTo("poll " + (i + 1))
				.willReturn(storm.get(i)));
		}

		// the HTTP client resends a GET once after a broken connection, so a poll may use up two answers
		List<String> healths = new ArrayList<>();
		List<Duration> waits = new ArrayList<>();
		int stormPolls = 0;
		for (int poll = 0; poll < 20 && !(messages() == 8 && "HEALTHY".equals(column("health"))); poll++) {
			// each round stands for the back-off having run out: minutes to an hour of storm in real time
			jdbc.sql("update channel set next_poll_at = now() where id = ?").param(brand.value()).update();
			assertThat(fixtures.poller("node-a").pollDue(10))
				.as("poll " + poll).isEqualTo(1);
			healths.add(column("health"));
			if (messages() == 0) {
				stormPolls++;
				waits.add(waitChosen());
				assertThat(column("poll_cursor")).as("cursor during the storm, poll " + poll).isEqualTo("1000");
				assertThat(column("health")).as("health during the storm, poll " + poll).isNotEqualTo("HEALTHY");
			}
		}

		// what the rounds stand for: the poller waited as the platform asked (429) and then doubled its waits
		// from the channel's interval up to an hour, so the storm it weathered lasts hours in real time
		assertThat(waits.get(0)).as("the rate limit's reset (a second away; the first back-off if that passed)")
			.isLessThanOrEqualTo(Duration.ofMinutes(2));
		List<Duration> backOffs = waits.subList(1, waits.size());
		assertThat(backOffs).as("back-offs after the rate limit").isSorted()
			.allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMinutes(2), Duration.ofHours(1)));
		Duration stood = waits.stream().reduce(Duration.ZERO, Duration::plus);
		assertThat(stood).as("the storm in real time").isGreaterThan(Duration.ofMinutes(30));
		System.out.println("ConnectorStormTests: " + stormPolls + " failed polls stand for " + stood.toMinutes()
				+ " minutes of storm in real time (waits " + waits + ")");
		assertThat(healths.get(0)).isEqualTo("RATE_LIMITED");
		assertThat(stormPolls).as("polls that failed before the platform answered").isGreaterThanOrEqualTo(5);
		assertThat(column("health")).isEqualTo("HEALTHY");
		assertThat(externalIds()).as("every post sent, once").containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(1001, 1008).mapToObj(Integer::toString).toList());
		assertThat(column("poll_cursor")).isEqualTo("1008");
	}

	/** An answer of the mentions endpoint with the posts from..to (newest first, as X sends them). */
	private static String page(int from, int to) {
		String posts = IntStream.rangeClosed(from, to)
			.map(i -> to - (i - from))
			.mapToObj(id -> "{\"id\":\"" + id + "\",\"author_id\":\"42\",\"text\":\"@acme help " + id
					+ "\",\"created_at\":\"2026-12-03T10:15:30.000Z\",\"conversation_id\":\"" + id + "\"}")
			.collect(Collectors.joining(","));
		return "{\"data\":[" + posts + "],\"includes\":{\"users\":[{\"id\":\"42\",\"username\":\"ana\"}]},\"meta\":{"
				+ (to >= from ? "\"newest_id\":\"" + to + "\"," : "") + "\"result_count\":" + Math.max(0, to - from + 1) + "}}";
	}

	/** How long the poller decided to wait before the next poll of the account. */
	private Duration waitChosen() {
		// to the second: the poller adds its wait to its own clock, the row records the database's time
		return Duration.ofSeconds(jdbc.sql("select round(extract(epoch from next_poll_at - last_polled_at))::bigint "
				+ "from channel where id = ?").param(brand.value()).query(Long.class).single());
	}

	private int messages() {
		return fixtures.messages(brand);
	}

	private List<String> externalIds() {
		return jdbc.sql("select external_id from message where channel_id = ?").param(brand.value()).query(String.class).list();
	}

	private String column(String column) {
		return fixtures.column(brand, column);
	}
}
