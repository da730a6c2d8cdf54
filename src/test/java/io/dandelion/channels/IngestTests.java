package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ChannelsTest
class IngestTests {

	static final String SECRET = "whsec-5e1b0c2a";

	static final String GOOD = """
			{"id":"c1","thread":"p1","author":{"id":"u1","handle":"@ana"},"text":"Where is my parcel?","createdAt":"2026-12-03T10:15:30Z"}
			{"id":"c2","thread":"p1","parent":"c1","author":{"id":"u2"},"text":"Same here","createdAt":"2026-12-03T10:16:30Z"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	ChannelId channel;

	@BeforeEach
	void aWebhookChannel() {
		org = fixtures.organisation();
		channel = fixtures.webhookChannel(org, SECRET);
	}

	@Test
	void aSignedDeliveryIsStoredOnceWhateverHowOftenItComes() throws Exception {
		fixtures.deliver(channel, GOOD, SECRET).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.duplicates").value(0));
		fixtures.deliver(channel, GOOD, SECRET).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));
		assertThat(messages()).isEqualTo(2);
	}

	@Test
	void aJsonArrayIsTakenToo() throws Exception {
		String array = "[{\"id\":\"a1\",\"author\":{\"id\":\"u1\"},\"text\":\"hi\",\"createdAt\":\"2026-12-03T10:15:30Z\","
				+ "\"kind\":\"direct_message\"}]";
		fixtures.deliver(channel, array, SECRET).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
	}

	@Test
	void aBadSignatureIsRefusedAndNothingIsStored() throws Exception {
		fixtures.deliver(channel, GOOD, "another secret").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("X-Dandelion-Signature")));
		fixtures.deliverSigned(channel, GOOD.getBytes(StandardCharsets.UTF_8), null).andExpect(status().isUnauthorized());
		fixtures.deliverSigned(channel, GOOD.getBytes(StandardCharsets.UTF_8), "sha256=zz").andExpect(status().isUnauthorized());
		assertThat(messages()).isZero();
		assertThat(jdbc.sql("select count(*) from channel_dead_letter where channel_id = ? and not verified")
			.param(channel.value())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void malformedItemsAreNamedByLineAndKeptWhileTheOthersAreStored() throws Exception {
		String body = GOOD + "{\"id\":\"c3\",\"author\":{\"id\":\"u3\"},\"text\":\"no date\"}\nnot json at all\n";
		fixtures.deliver(channel, body, SECRET).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.deadLettered").value(2))
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].error").value("'createdAt' is required"))
			.andExpect(jsonPath("$.problems[1].line").value(4))
			.andExpect(jsonPath("$.problems[1].error").value(containsString("not JSON")));
		String array = "[{\"id\":\"x\"";
		fixtures.deliver(channel, array, SECRET).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].line").value(0));
		assertThat(messages()).isEqualTo(2);
	}

	@Test
	void aManagerReplaysACorrectedDeadLetterOnce() throws Exception {
		String body = "{\"id\":\"c9\",\"author\":{\"id\":\"u9\"},\"text\":\"late\",\"createdAt\":\"yesterday\"}\n";
		fixtures.deliver(channel, body, SECRET).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].error").value(containsString("ISO-8601")));
		org.as(org.esManager);
		as(get("/api/v1/channels/" + channel + "/dead-letters")).andExpect(status().isNotFound());
		org.as(org.frAgent);
		as(get("/api/v1/channels/" + channel + "/dead-letters")).andExpect(status().isForbidden());
		org.as(org.frManager);
		String letter = com.jayway.jsonpath.JsonPath.read(as(get("/api/v1/channels/" + channel + "/dead-letters"))
			.andExpect(jsonPath("$[0].line").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		String replay = "/api/v1/channels/" + channel + "/dead-letters/" + letter + "/replay";
		as(post(replay)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(containsString("ISO-8601")));
		as(post(replay).contentType(MediaType.TEXT_PLAIN).content(body.replace("yesterday", "2026-12-02T09:00:00Z")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(1));
		as(post(replay).contentType(MediaType.TEXT_PLAIN).content(body.replace("yesterday", "2026-12-02T09:00:00Z")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("replayed or discarded already")));
		assertThat(messages()).isEqualTo(1);
	}

	@Test
	void anOversizedBodyAChannelWithoutSecretAndAnUnknownChannelAreRefused() throws Exception {
		byte[] huge = new byte[16 * 1024 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		mvc.perform(post("/api/v1/channels/" + channel + "/items").content(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.error").value(containsString("16 MiB")));
		ChannelId noSecret = fixtures.connect(org, "webhook", "bare-" + System.nanoTime(), Map.of());
		mvc.perform(post("/api/v1/channels/" + noSecret + "/items").content(GOOD).header("X-Dandelion-Signature",
				ChannelFixtures.signature(SECRET, GOOD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/channels/" + ChannelId.random() + "/items").content(GOOD)
			.header("X-Dandelion-Signature", ChannelFixtures.signature(SECRET, GOOD))).andExpect(status().isNotFound());
	}

	private ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user("caller")).with(csrf()));
	}

	private int messages() {
		return fixtures.messages(channel);
	}
}
