package io.dandelion.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelsTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ChannelsTest
class CredentialVaultTests {

	static final String K1 = key("k1"), K2 = key("k2");

	@Autowired
	JdbcClient jdbc;

	@Test
	void sealsWithTheNewestKeyAndOpensWhatItSealed() {
		ChannelId channel = channel();
		CredentialVault vault = new CredentialVault(jdbc, CredentialKeys.parse(K1 + "," + K2));
		vault.store(channel, Map.of("access_token", "secret-value-1"));

		assertThat(vault.open(channel)).containsExactly(Map.entry("access_token", "secret-value-1"));
		assertThat(keyIds(channel)).isEqualTo("k2");
		assertThat(new String(ciphertext(channel), StandardCharsets.ISO_8859_1)).doesNotContain("secret-value-1");
	}

	@Test
	void rotationReencryptsWithTheNewestKeyAndOldKeysStillOpenUntilThen() {
		ChannelId channel = channel();
		new CredentialVault(jdbc, CredentialKeys.parse(K1)).store(channel, Map.of("access_token", "a", "refresh_token", "r"));
		CredentialVault both = new CredentialVault(jdbc, CredentialKeys.parse(K1 + "," + K2));
		assertThat(both.open(channel)).containsEntry("refresh_token", "r");

		assertThat(both.rotate()).isEqualTo(2);
		assertThat(keyIds(channel)).isEqualTo("k2");
		assertThat(both.rotate()).isZero();
		assertThat(new CredentialVault(jdbc, CredentialKeys.parse(K2)).open(channel))
			.containsExactly(Map.entry("access_token", "a"), Map.entry("refresh_token", "r"));
	}

	@Test
	void aSecretSealedWithAForgottenKeyFailsClearly() {
		ChannelId channel = channel();
		new CredentialVault(jdbc, CredentialKeys.parse(K1)).store(channel, Map.of("access_token", "a"));
		assertThatThrownBy(() -> new CredentialVault(jdbc, CredentialKeys.parse(K2)).open(channel))
			.hasMessageContaining("key 'k1'")
			.hasMessageNotContaining("a\"");
	}

	@Test
	void aCiphertextMovedToAnotherChannelDoesNotOpen() {
		ChannelId original = channel(), other = channel();
		CredentialVault vault = new CredentialVault(jdbc, CredentialKeys.parse(K1));
		vault.store(original, Map.of("access_token", "a"));
		jdbc.sql("""
				insert into channel_credential (channel_id, name, key_id, nonce, ciphertext)
				select ?, name, key_id, nonce, ciphertext from channel_credential where channel_id = ?""")
			.params(other.value(), original.value())
			.update();
		assertThatThrownBy(() -> vault.open(other)).hasMessageContaining("does not open");
	}

	@Test
	void removingACredentialAndNamingThemNeverShowsValues() {
		ChannelId channel = channel();
		CredentialVault vault = new CredentialVault(jdbc, CredentialKeys.parse(K1));
		vault.store(channel, Map.of("access_token", "a", "webhook_secret", "w"));
		java.util.Map<String, String> removal = new java.util.HashMap<>();
		removal.put("access_token", null);
		vault.store(channel, removal);
		assertThat(vault.names(channel)).containsExactly("webhook_secret");
	}

	@Test
	void keysAreCheckedAndNeverPrinted() {
		assertThatThrownBy(() -> CredentialKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[7])))
			.hasMessageContaining("16, 24 or 32 bytes");
		assertThatThrownBy(() -> CredentialKeys.parse("no colon")).hasMessageContaining("id:base64key");
		assertThatThrownBy(() -> CredentialKeys.parse(K1 + "," + K1)).hasMessageContaining("twice");
		assertThatThrownBy(() -> CredentialKeys.parse(" ")).hasMessageContaining("no channel credential key");
		assertThat(CredentialKeys.parse(K1 + "\n" + K2).toString()).doesNotContain(K1.substring(3)).contains("k2");
	}

	@Test
	void theDevelopmentKeyIsCreatedOnceAndKept(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("data/channel-keys");
		CredentialKeys first = CredentialKeys.developmentKeys(file);
		String written = Files.readString(file);
		CredentialKeys again = CredentialKeys.developmentKeys(file);
		assertThat(Files.readString(file)).isEqualTo(written);
		assertThat(again.newestId()).isEqualTo(first.newestId());
		ChannelId channel = channel();
		new CredentialVault(jdbc, first).store(channel, Map.of("password", "p"));
		assertThat(new CredentialVault(jdbc, again).open(channel)).containsEntry("password", "p");
	}

	private ChannelId channel() {
		ChannelId id = ChannelId.random();
		jdbc.sql("insert into channel (id, unit_id, owner_team_id, platform, handle) values (?, ?, ?, 'x', ?)")
			.params(id.value(), UUID.randomUUID(), UUID.randomUUID(), "@" + id)
			.update();
		return id;
	}

	private String keyIds(ChannelId channel) {
		return String.join(",", jdbc.sql("select distinct key_id from channel_credential where channel_id = ?")
			.param(channel.value())
			.query(String.class)
			.list());
	}

	private byte[] ciphertext(ChannelId channel) {
		return jdbc.sql("select ciphertext from channel_credential where channel_id = ?")
			.param(channel.value())
			.query(byte[].class)
			.single();
	}

	private static String key(String id) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return id + ":" + Base64.getEncoder().encodeToString(key);
	}
}
