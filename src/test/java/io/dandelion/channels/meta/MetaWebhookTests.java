package io.dandelion.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.connector.WebhookRejectedException;
import io.dandelion.channels.meta.MetaConnector.Surface;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.PlatformClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The webhook handshake, the signature check and the reading of Page and Instagram deliveries. */
class MetaWebhookTests {

	private final MetaWebhook webhook = new MetaWebhook("our-verify-token", "app-secret");

	@Test
	void answersTheSubscriptionHandshakeOnlyWithOurVerifyToken() {
		assertThat(webhook.verifySubscription(
				Map.of("hub.mode", "subscribe", "hub.verify_token", "our-verify-token", "hub.challenge", "1158201444")))
			.isEqualTo("1158201444");
		assertThatThrownBy(() -> webhook.verifySubscription(
				Map.of("hub.mode", "subscribe", "hub.verify_token", "guess", "hub.challenge", "1")))
			.isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(403));
		assertThatThrownBy(() -> webhook.verifySubscription(Map.of("hub.verify_token", "our-verify-token")))
			.isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
	}

	@Test
	void acceptsOnlyDeliveriesSignedWithTheAppSecret() {
		byte[] body = PAGE_DELIVERY.getBytes(StandardCharsets.UTF_8);

		webhook.checkSignature(body, "sha256=" + sign(body, "app-secret"));

		assertThatThrownBy(() -> webhook.checkSignature(body, "sha256=" + sign(body, "other-secret")))
			.isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(401));
		byte[] tampered = PAGE_DELIVERY.replace("broken", "fine").getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> webhook.checkSignature(tampered, "sha256=" + sign(body, "app-secret")))
			.isInstanceOf(WebhookRejectedException.class);
		assertThatThrownBy(() -> webhook.checkSignature(body, null)).isInstanceOf(WebhookRejectedException.class);
	}

	@Test
	void readsNewPageCommentsAndSkipsOtherChanges() {
		byte[] body = PAGE_DELIVERY.getBytes(StandardCharsets.UTF_8);

		List<InboundItem> items = connector(Surface.FACEBOOK, "111").receive(body, "sha256=" + sign(body, "app-secret"));

		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.externalId()).isEqualTo("222_333");
			assertThat(item.threadExternalId()).isEqualTo("111_222");
			assertThat(item.parentExternalId()).isEqualTo("111_222");
			assertThat(item.author().displayName()).isEqualTo("Annie A.");
			assertThat(item.text()).isEqualTo("My router is broken again");
			assertThat(item.createdAt()).isEqualTo(Instant.ofEpochSecond(1795000000));
			assertThat(item.direction()).isEqualTo(Direction.INBOUND);
		});
	}

	@Test
	void readsInstagramCommentsAndReplies() {
		byte[] body = INSTAGRAM_DELIVERY.getBytes(StandardCharsets.UTF_8);

		List<InboundItem> items = connector(Surface.INSTAGRAM, "178414").receive(body, "sha256=" + sign(body, "app-secret"));

		assertThat(items).hasSize(2);
		assertThat(items.get(0).threadExternalId()).isEqualTo("17895695668004550");
		assertThat(items.get(0).author().handle()).isEqualTo("annie.a");
		assertThat(items.get(1).parentExternalId()).isEqualTo("17870913679156914");
		assertThat(items.get(1).createdAt()).isEqualTo(Instant.ofEpochSecond(1795000100));
	}

	@Test
	void refusesADeliveryThatIsNotJsonEvenWhenSigned() {
		byte[] body = "not json".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> connector(Surface.FACEBOOK, "111").receive(body, "sha256=" + sign(body, "app-secret")))
			.isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.status()).isEqualTo(400));
	}

	private MetaConnector connector(Surface surface, String id) {
		return new MetaConnector(new PlatformClient("Meta", URI.create("http://127.0.0.1:9"), HttpClient.newHttpClient(),
				JsonMapper.builder().build(), AccessToken.fixed("page-token")), surface, id, webhook);
	}

	static String sign(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static final String PAGE_DELIVERY = """
			{"object":"page","entry":[{"id":"111","time":1795000005,"changes":[
			  {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"222_333","post_id":"111_222",
			   "parent_id":"111_222","message":"My router is broken again","created_time":1795000000,
			   "from":{"id":"444","name":"Annie A."}}},
			  {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"111_222","reaction_type":"like",
			   "from":{"id":"445","name":"Bob"}}},
			  {"field":"feed","value":{"item":"comment","verb":"remove","comment_id":"222_334","post_id":"111_222",
			   "from":{"id":"446"}}}
			]}]}""";

	private static final String INSTAGRAM_DELIVERY = """
			{"object":"instagram","entry":[{"id":"178414","time":1795000100,"changes":[
			  {"field":"comments","value":{"id":"17870913679156914","text":"Where can I buy this?",
			   "from":{"id":"9001","username":"annie.a"},"media":{"id":"17895695668004550","media_product_type":"FEED"}}},
			  {"field":"comments","value":{"id":"17870913679156915","text":"me too","parent_id":"17870913679156914",
			   "from":{"id":"9002","username":"bob.b"},"media":{"id":"17895695668004550","media_product_type":"FEED"}}}
			]}]}""";
}
