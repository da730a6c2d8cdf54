package io.dandelion.channels.meta;

import io.dandelion.channels.connector.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The two checks of a Meta webhook: the subscription handshake (Meta sends {@code hub.mode=subscribe},
 * the verify token we chose and a challenge to echo) and the signature of every delivery
 * ({@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>}).
 */
public final class MetaWebhook {

	/** The header carrying the delivery's signature. */
	public static final String SIGNATURE = "X-Hub-Signature-256";

	private final String verifyToken;

	private final byte[] appSecret;

	public MetaWebhook(String verifyToken, String appSecret) {
		if (verifyToken.isBlank() || appSecret.isBlank()) {
			throw new IllegalArgumentException("a Meta webhook needs a verify token and the app secret");
		}
		this.verifyToken = verifyToken;
		this.appSecret = appSecret.getBytes(StandardCharsets.UTF_8);
	}

	/** The challenge to answer with, when the query is a subscription request carrying our verify token. */
	public String verifySubscription(Map<String, String> query) {
		if (!"subscribe".equals(query.get("hub.mode"))) {
			throw new WebhookRejectedException(400, "hub.mode must be subscribe");
		}
		String token = query.getOrDefault("hub.verify_token", "");
		if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				verifyToken.getBytes(StandardCharsets.UTF_8))) {
			throw new WebhookRejectedException(403, "hub.verify_token does not match");
		}
		String challenge = query.get("hub.challenge");
		if (challenge == null || challenge.isBlank()) {
			throw new WebhookRejectedException(400, "hub.challenge is missing");
		}
		return challenge;
	}

	/** Refuses a delivery whose signature header is missing or does not match the raw body. */
	public void checkSignature(byte[] body, @Nullable String header) {
		if (header == null || !header.startsWith("sha256=")) {
			throw new WebhookRejectedException(401, "X-Hub-Signature-256 is missing");
		}
		byte[] expected = HexFormat.of().formatHex(hmac(body)).getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.substring("sha256=".length()).toLowerCase().getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			throw new WebhookRejectedException(401, "X-Hub-Signature-256 does not match the body");
		}
	}

	byte[] hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret, "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
