package io.dandelion.channels.internal;

import io.dandelion.channels.ChannelId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps a channel's secrets encrypted at rest: AES-GCM with a fresh 96-bit nonce per value, the channel
 * id and the secret's name bound as associated data (a ciphertext copied to another row does not open),
 * and the id of the key that sealed it stored beside it. Secrets leave only through {@link #open}, for
 * the connectors; nothing here logs them.
 */
public class CredentialVault {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final JdbcClient jdbc;

	private final CredentialKeys keys;

	private final SecureRandom random = new SecureRandom();

	public CredentialVault(JdbcClient jdbc, CredentialKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Stores each named secret (replacing one of the same name); a null value removes it. */
	public void store(ChannelId channel, Map<String, ? extends @org.jspecify.annotations.Nullable String> secrets) {
		secrets.forEach((name, value) -> {
			if (value == null) {
				jdbc.sql("delete from channel_credential where channel_id = ? and name = ?")
					.params(channel.value(), name)
					.update();
			}
			else {
				byte[] nonce = nonce();
				jdbc.sql("""
						insert into channel_credential (channel_id, name, key_id, nonce, ciphertext) values (?, ?, ?, ?, ?)
						on conflict (channel_id, name) do update set key_id = excluded.key_id, nonce = excluded.nonce,
						  ciphertext = excluded.ciphertext, updated_at = now()""")
					.params(channel.value(), name, keys.newestId(), nonce,
							seal(keys.newest(), nonce, associated(channel, name), value))
					.update();
			}
		});
	}

	/** The channel's secrets, decrypted, by name. */
	public Map<String, String> open(ChannelId channel) {
		Map<String, String> secrets = new TreeMap<>();
		jdbc.sql("select name, key_id, nonce, ciphertext from channel_credential where channel_id = ?")
			.param(channel.value())
			.query((rs, n) -> new Sealed(channel, rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)))
			.list()
			.forEach(sealed -> secrets.put(sealed.name(), open(sealed)));
		return secrets;
	}

	/** The names of the channel's secrets, never their values. */
	public Set<String> names(ChannelId channel) {
		return Set.copyOf(jdbc.sql("select name from channel_credential where channel_id = ?")
			.param(channel.value())
			.query(String.class)
			.list());
	}

	public void removeAll(ChannelId channel) {
		jdbc.sql("delete from channel_credential where channel_id = ?").param(channel.value()).update();
	}

	/**
	 * Re-encrypts every secret sealed with an older key with the newest one, and returns how many. Each
	 * row is rewritten only if nobody changed it meanwhile, so a concurrent {@link #store} is never undone.
	 */
	public int rotate() {
		List<Sealed> stale = jdbc
			.sql("select channel_id, name, key_id, nonce, ciphertext from channel_credential where key_id <> ?")
			.param(keys.newestId())
			.query((rs, n) -> new Sealed(new ChannelId(rs.getObject(1, java.util.UUID.class)), rs.getString(2),
					rs.getString(3), rs.getBytes(4), rs.getBytes(5)))
			.list();
		int rotated = 0;
		for (Sealed sealed : stale) {
			byte[] nonce = nonce();
			byte[] ciphertext = seal(keys.newest(), nonce, associated(sealed.channel(), sealed.name()), open(sealed));
			rotated += jdbc.sql("""
					update channel_credential set key_id = ?, nonce = ?, ciphertext = ?
					where channel_id = ? and name = ? and key_id = ? and nonce = ?""")
				.params(keys.newestId(), nonce, ciphertext, sealed.channel().value(), sealed.name(), sealed.keyId(),
						sealed.nonce())
				.update();
		}
		return rotated;
	}

	private String open(Sealed sealed) {
		SecretKey key = keys.find(sealed.keyId())
			.orElseThrow(() -> new IllegalStateException("the credential '" + sealed.name() + "' of channel "
					+ sealed.channel() + " was sealed with key '" + sealed.keyId()
					+ "', which is no longer configured in dandelion.channels.keys"));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
			cipher.updateAAD(associated(sealed.channel(), sealed.name()));
			return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the credential '" + sealed.name() + "' of channel " + sealed.channel()
					+ " does not open with key '" + sealed.keyId() + "' (altered, or moved from another row)", e);
		}
	}

	private static byte[] seal(SecretKey key, byte[] nonce, byte[] associated, String value) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated);
			return cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	private byte[] nonce() {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		return nonce;
	}

	private static byte[] associated(ChannelId channel, String name) {
		return (channel + "/" + name).getBytes(StandardCharsets.UTF_8);
	}

	private record Sealed(ChannelId channel, String name, String keyId, byte[] nonce, byte[] ciphertext) {
	}
}
