package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.dandelion.channels.ingest.FuzzItems;
import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile deliveries at the two ingest endpoints that take items without a session: the signed REST
 * ingest ({@code /items}, JSON array or NDJSON) and a Facebook Page's webhook ({@code /webhook}). Each
 * delivery is signed correctly (so it reaches the parser) or not; the answer is never a 5xx nor late, the
 * rows added are exactly those the answers counted as stored, and every stored row is whole.
 * The payloads come from {@link Hostile} with fixed seeds; the counts are in docs/reliability.md.
 */
@ChannelsTest
class IngestFuzzTests {

	static final int SIGNED_ITEMS = 1500;
	static final int UNSIGNED_ITEMS = 300;
	static final int META_DELIVERIES = 800;
	/** Only a hang fails: an answer takes milliseconds to a few seconds. */
	static final Duration PATIENCE = Duration.ofSeconds(60);
	/** Longest hostile string in the bulk of the deliveries; {@link #HUGE} more carry 100,000 characters or more. */
	static final int LONGEST = 5_000;
	static final int HUGE = 24;
	static final String SECRET = "whsec-fuzz-7c1";
	static final String APP_SECRET = "meta-app-secret-fuzz";

	static final List<String[]> COMMENT_FIELDS = List.of(new String[] { "item", "\"comment\"" },
			new String[] { "verb", "\"add\"" }, new String[] { "comment_id", "\"222_333\"" },
			new String[] { "post_id", "\"111_222\"" }, new String[] { "parent_id", "\"111_222\"" },
			new String[] { "message", "\"My router is broken again\"" }, new String[] { "created_time", "1795000000" },
			new String[] { "from", "{\"id\":\"444\",\"name\":\"Annie A.\"}" });

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	@BeforeEach
	void theOrganisation() {
		org = fixtures.organisation();
	}

	@Test
	void theItemsEndpointAnswersEveryHostileDeliveryWithoutFailingAndStoresOnlyWholeRows() throws Exception {
		ChannelId channel = fixtures.webhookChannel(org, SECRET);
		String path = "/api/v1/channels/" + channel + "/items";
		long stored = 0;
		long deadLettered = 0;
		for (byte[] body : FuzzItems.deliveries(LONGEST).sample(SIGNED_ITEMS, 20261203L).toList()) {
			MockHttpServletResponse answer = send(post(path).content(body).header("X-Dandelion-Signature",
					ChannelFixtures.signature(SECRET, body)), body);
			assertThat(answer.getStatus()).as(described(body, answer)).isIn(200, 400, 413);
			JsonNode counts = json.readTree(answer.getContentAsString());
			stored += counts.path("stored").asLong(0);
			deadLettered += counts.path("deadLettered").asLong(0);
		}
		Gen<String> signatures = Gen.oneOf(Hostile.strings(LONGEST), Hostile.strings(LONGEST).map(s -> "sha256=" + s));
		long refused = 0;
		for (var delivery : Gen.combine(FuzzItems.deliveries(LONGEST), signatures, Map::entry)
			.sample(UNSIGNED_ITEMS, 20261204L)
			.toList()) {
			byte[] body = delivery.getKey();
			MockHttpServletResponse answer = send(post(path).content(body).header("X-Dandelion-Signature",
					headerSafe(delivery.getValue())), body);
			assertThat(answer.getStatus()).as(described(body, answer)).isIn(400, 401, 413);
			refused += answer.getStatus() == 401 ? 1 : 0;
		}
		assertThat(count("select count(*) from message where channel_id = ?", channel)).isEqualTo(stored);
		assertThat(count("select count(*) from channel_dead_letter where channel_id = ? and verified", channel))
			.isEqualTo(deadLettered);
		assertThat(count("select count(*) from channel_dead_letter where channel_id = ? and not verified", channel))
			.isBetween(refused, (long) UNSIGNED_ITEMS);
		assertThat(stored).as("the generator also makes good items").isPositive();
		everyRowIsWhole(channel);
	}

	@Test
	void deliveriesCarryingOneHundredThousandCharactersAreAnsweredAndTheirTextsModerated() throws Exception {
		ChannelId channel = fixtures.webhookChannel(org, SECRET);
		String path = "/api/v1/channels/" + channel + "/items";
		// the huge value as a text (ingest takes up to 100,000 characters: longer ones are refused), an id, an
		// author's name, a metadata value, and in a valid item's text cut to the limit
		List<String> shapes = List.of("{\"id\":\"h%d\",\"text\":%s,\"createdAt\":\"2026-12-03T10:15:30Z\",\"author\":{\"id\":\"u1\"}}",
				"{\"id\":%2$s,\"text\":\"hello\",\"createdAt\":\"2026-12-03T10:15:30Z\",\"author\":{\"id\":\"u%1$d\"}}",
				"{\"id\":\"h%d\",\"text\":\"hello\",\"createdAt\":\"2026-12-03T10:15:30Z\",\"author\":{\"id\":\"u1\",\"name\":%s}}",
				"{\"id\":\"h%d\",\"text\":\"hello\",\"createdAt\":\"2026-12-03T10:15:30Z\",\"author\":{\"id\":\"u1\"},\"metadata\":{\"k\":%s}}");
		long stored = 0;
		List<String> huge = Hostile.huge().sample(HUGE, 20261207L).toList();
		for (int i = 0; i < huge.size(); i++) {
			String value = huge.get(i);
			String item = i % 5 == 4
					? shapes.get(0).formatted(i, Hostile.quoted(value.substring(0, 100_000)))
					: shapes.get(i % 4).formatted(i, Hostile.quoted(value));
			byte[] body = item.getBytes(StandardCharsets.UTF_8);
			MockHttpServletResponse answer = send(post(path).content(body).header("X-Dandelion-Signature",
					ChannelFixtures.signature(SECRET, body)), body);
			assertThat(answer.getStatus()).as(described(body, answer)).isIn(200, 400, 413);
			stored += json.readTree(answer.getContentAsString()).path("stored").asLong(0);
		}
		assertThat(count("select count(*) from message where channel_id = ?", channel)).isEqualTo(stored);
		assertThat(count("select count(*) from message where channel_id = ? and length(body) = 100000", channel))
			.as("texts of 100,000 characters stored whole").isPositive();
		everyRowIsWhole(channel);
		// the pipeline gets through every one of them too: a hang in analysis would leave a message undecided
		await("moderation of the huge texts (a hang guard)").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> count("select count(*) from moderation_decision where channel_id = ?", channel) == count(
					"select count(*) from message where channel_id = ? and direction = 'INBOUND'", channel));
	}

	@Test
	void aPageWebhookAnswersEveryHostileDeliveryWithoutFailingAndStoresOnlyWholeRows() throws Exception {
		ChannelId page = fixtures.connect(org, "facebook", "Fuzz page " + System.nanoTime(), "111",
				Map.of("access_token", "page-token", "app_secret", APP_SECRET, "verify_token", "verify"));
		String path = "/api/v1/channels/" + page + "/webhook";
		long stored = 0;
		for (byte[] body : metaDeliveries().sample(META_DELIVERIES, 20261205L).toList()) {
			MockHttpServletResponse answer = send(post(path).content(body).header("X-Hub-Signature-256",
					ChannelFixtures.signature(APP_SECRET, body)), body);
			assertThat(answer.getStatus()).as(described(body, answer)).isIn(200, 400, 413);
			stored += json.readTree(answer.getContentAsString()).path("stored").asLong(0);
		}
		assertThat(count("select count(*) from message where channel_id = ?", page)).isEqualTo(stored);
		assertThat(stored).as("the generator also makes good comments").isPositive();
		everyRowIsWhole(page);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, byte[] body) {
		return assertTimeoutPreemptively(PATIENCE, () -> mvc.perform(request).andReturn().getResponse(),
				() -> "no answer within " + PATIENCE + " to " + preview(body));
	}

	private void everyRowIsWhole(ChannelId channel) {
		assertThat(count("""
				select count(*) from message m where m.channel_id = ? and (btrim(m.external_id) = ''
				  or length(m.external_id) > 512
				  or not exists (select 1 from conversation c where c.id = m.conversation_id and c.channel_id = m.channel_id)
				  or not exists (select 1 from contact k where k.id = m.contact_id and btrim(k.external_id) <> '')
				  or jsonb_typeof(m.attachments) <> 'array' or jsonb_typeof(m.metadata) <> 'object')""", channel))
			.as("messages that are not whole")
			.isZero();
		assertThat(count("""
				select count(*) from conversation c where c.channel_id = ? and c.message_count <>
				  (select count(*) from message m where m.conversation_id = c.id)""", channel))
			.as("conversations whose count is not their messages'")
			.isZero();
	}

	private long count(String sql, ChannelId channel) {
		return jdbc.sql(sql).param(channel.value()).query(Long.class).single();
	}

	static Gen<byte[]> metaDeliveries() {
		Gen<String> change = Hostile.objects(COMMENT_FIELDS, LONGEST).map(value -> "{\"field\":\"feed\",\"value\":" + value + "}");
		Gen<String> entry = Gen.combine(Gen.of(List.of("\"111\"", "\"111\"", "\"999\"", "111", "null")), change.list(4),
				(id, changes) -> "{\"id\":" + id + ",\"time\":1795000005,\"changes\":[" + String.join(",", changes) + "]}");
		return Hostile.spoilt(entry.list(3)
			.map(entries -> "{\"object\":\"page\",\"entry\":[" + String.join(",", entries) + "]}"), LONGEST);
	}

	/** A header value a client can send at all: HTTP headers carry no line breaks and no characters past U+00FF. */
	private static String headerSafe(String value) {
		return value.replaceAll("[\\r\\n\\x00]", " ").replaceAll("[^\\x20-\\xff]", "?");
	}

	private static String described(byte[] body, MockHttpServletResponse answer) throws Exception {
		return "answer " + answer.getStatus() + " " + answer.getContentAsString() + " to " + preview(body);
	}

	private static String preview(byte[] body) {
		return Hostile.preview(body);
	}
}
