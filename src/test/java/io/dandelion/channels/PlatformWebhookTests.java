package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Facebook Page's webhook over HTTP, without a session: Meta's subscription handshake echoes
 * {@code hub.challenge} only for the channel's verify token, and deliveries are taken only when
 * {@code X-Hub-Signature-256} is the HMAC of the raw body with the channel's app secret.
 */
@ChannelsTest
class PlatformWebhookTests {

	static final String DELIVERY = """
			{"object":"page","entry":[{"id":"111","time":1795000005,"changes":[
			  {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"222_333","post_id":"111_222",
			   "parent_id":"111_222","message":"My router is broken again","created_time":1795000000,
			   "from":{"id":"444","name":"Annie A."}}}]},
			 {"id":"999","time":1795000006,"changes":[
			  {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"888_1","post_id":"999_1",
			   "message":"another Page of the same app","created_time":1795000001,"from":{"id":"445"}}}]}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ChannelFixtures fixtures;

	ChannelId page;

	@BeforeEach
	void facebookPage() {
		page = fixtures.connect(fixtures.organisation(), "facebook", "Acme France " + System.nanoTime(), "111",
				Map.of("access_token", "page-token", "app_secret", "app-secret", "verify_token", "our-verify-token"));
	}

	@Test
	void answersMetasSubscriptionHandshakeOnlyWithTheChannelsVerifyToken() throws Exception {
		mvc.perform(get("/api/v1/channels/" + page + "/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", "our-verify-token").param("hub.challenge", "1158201444"))
			.andExpect(status().isOk())
			.andExpect(content().string("1158201444"));
		mvc.perform(get("/api/v1/channels/" + page + "/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", "guess").param("hub.challenge", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/channels/" + page + "/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", "our-verify-token"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("hub.challenge is missing"));
	}

	@Test
	void storesTheCommentsOfASignedDeliveryForThisPageOnly() throws Exception {
		mvc.perform(post("/api/v1/channels/" + page + "/webhook").contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", ChannelFixtures.signature("app-secret", DELIVERY)).content(DELIVERY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(1))
			.andExpect(jsonPath("$.stored").value(1));
		mvc.perform(post("/api/v1/channels/" + page + "/webhook").contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", ChannelFixtures.signature("app-secret", DELIVERY)).content(DELIVERY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicates").value(1));

		assertThat(messages()).isEqualTo(1);
	}

	@Test
	void refusesADeliveryWhoseSignatureDoesNotMatchAndChannelsWithoutWebhooks() throws Exception {
		mvc.perform(post("/api/v1/channels/" + page + "/webhook").contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", ChannelFixtures.signature("another-secret", DELIVERY)).content(DELIVERY))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/channels/" + page + "/webhook").contentType(MediaType.APPLICATION_JSON)
			.content(DELIVERY))
			.andExpect(status().isUnauthorized());
		assertThat(messages()).isZero();
		ChannelId x = fixtures.connect(fixtures.organisation(), "x",
				"@acme_" + System.nanoTime(), "1100000000000000001", Map.of("access_token", "t"));
		mvc.perform(get("/api/v1/channels/" + x + "/webhook").param("hub.challenge", "1"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/channels/" + ChannelId.random() + "/webhook").param("hub.challenge", "1"))
			.andExpect(status().isNotFound());
	}

	private int messages() {
		return fixtures.messages(page);
	}
}
