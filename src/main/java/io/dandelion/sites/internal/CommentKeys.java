package io.dandelion.sites.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installation's comment key (made once, kept in {@code site_form_key}, shared by every node): it
 * signs the comment form's tokens, which stand in for a CSRF token on the sessionless public pages, and
 * turns visitors' addresses into keyed hashes so that no address is stored or logged.
 */
@Component
class CommentKeys {

	static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

	private final JdbcClient jdbc;
	private volatile byte[] key;

	CommentKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token for the form of one page in one locale, valid for {@link #TOKEN_LIFETIME}. */
	String token(Site site, String page, String locale, Instant now) {
		String issued = Long.toString(now.getEpochSecond());
		return issued + "." + mac("form|" + site.id() + "|" + page + "|" + locale + "|" + issued);
	}

	/** Whether the token was made here for this form and has not expired. */
	boolean valid(String token, Site site, String page, String locale, Instant now) {
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return false;
		}
		long issued;
		try {
			issued = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException e) {
			return false;
		}
		// compared in seconds: a forged time far outside what an Instant holds must not throw
		long seconds = now.getEpochSecond();
		if (issued > seconds + 60 || issued < seconds - TOKEN_LIFETIME.toSeconds()) {
			return false;
		}
		String expected = mac("form|" + site.id() + "|" + page + "|" + locale + "|" + issued);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
	}

	/** A keyed hash of a text (a visitor's address, name): the same text gives the same hash, which reveals nothing. */
	String hash(String text) {
		return mac("hash|" + text).substring(0, 32);
	}

	private String mac(String text) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql("insert into site_form_key (id, key) values (1, ?) on conflict do nothing").param(fresh).update();
			known = jdbc.sql("select key from site_form_key where id = 1").query(byte[].class).single();
			key = known;
		}
		return known;
	}
}
