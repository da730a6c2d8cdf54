package io.dandelion.channels.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The signature of a delivery: {@code X-Dandelion-Signature: sha256=<hex>}, the HMAC-SHA256 of the raw
 * body keyed with the channel's webhook secret, compared in constant time.
 */
final class ItemSignature {

	static final String HEADER = "X-Dandelion-Signature";

	private static final String PREFIX = "sha256=";

	private ItemSignature() {
	}

	static boolean matches(byte[] body, String secret, @Nullable String header) {
		if (header == null || !header.trim().toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.trim().substring(PREFIX.length()).toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		return MessageDigest.isEqual(hmac(body, secret), given);
	}

	/** The header value for {@code body}, as a sender computes it. */
	static String sign(byte[] body, String secret) {
		return PREFIX + HexFormat.of().formatHex(hmac(body, secret));
	}

	private static byte[] hmac(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
