package io.dandelion.channels.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The channels' OAuth tokens as far as they are not secret: when each access token expires (kept in
 * {@code channel.token_expires_at} beside the encrypted credential), renewals stored and audited, and
 * which tokens are due for renewal.
 */
@Component
public class ChannelTokens {

	/** The credential that says when the access token expires (an ISO instant). */
	public static final String EXPIRES = "access_token_expires_at";

	private final JdbcClient jdbc;
	private final CredentialVault vault;
	private final AuditLog audit;

	ChannelTokens(JdbcClient jdbc, CredentialVault vault, AuditLog audit) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.audit = audit;
	}

	/** Stores tokens the platform renewed, encrypted, with their expiry; audited as the system's act. */
	public void renewed(ChannelId channel, UnitId unit, Map<String, String> credentials) {
		vault.store(channel, credentials);
		recordExpiry(channel, credentials);
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("credentialsChanged", List.copyOf(new java.util.TreeSet<>(credentials.keySet())));
		after.put("tokenExpiresAt", credentials.get(EXPIRES));
		audit.record(new AuditEntry("system", "channel.token-renewed", unit, "channel", channel.toString(), null, after));
	}

	/** The platform refused to renew the token: the account must be connected again. */
	public void refused(ChannelId channel, UnitId unit, String error) {
		int changed = jdbc.sql("""
				update channel set health = 'UNAUTHORISED', last_error = ?, last_error_at = now(), updated_at = now()
				where id = ? and health <> 'UNAUTHORISED'""")
			.params(error, channel.value())
			.update();
		if (changed > 0) {
			audit.record(new AuditEntry("system", "channel.health-changed", unit, "channel", channel.toString(), null,
					Map.of("health", "UNAUTHORISED", "error", error)));
		}
	}

	/** Active channels whose token expires before {@code before} and that hold a refresh token to renew it. */
	public List<ChannelId> dueBefore(Instant before, int limit) {
		return jdbc.sql("""
				select c.id from channel c
				where c.status = 'ACTIVE' and c.token_expires_at < ? and c.health <> 'UNAUTHORISED'
				  and exists (select 1 from channel_credential k where k.channel_id = c.id and k.name = 'refresh_token')
				order by c.token_expires_at limit ?""")
			.params(Timestamp.from(before), limit)
			.query((rs, n) -> new ChannelId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Locks a channel whose token is still due, for the caller's transaction; false when it is no longer
	 * due or another node is renewing it (so a rotating refresh token is never spent twice).
	 */
	public boolean lockDue(ChannelId channel, Instant before) {
		return !jdbc.sql("select id from channel where id = ? and token_expires_at < ? for update skip locked")
			.params(channel.value(), Timestamp.from(before))
			.query((rs, n) -> rs.getObject(1))
			.list()
			.isEmpty();
	}

	/** Keeps the expiry column in step with credentials being stored, when they name the expiry. */
	void recordExpiry(ChannelId channel, Map<String, ? extends @Nullable String> credentials) {
		if (credentials.containsKey(EXPIRES)) {
			Instant expires = expiry(credentials.get(EXPIRES));
			jdbc.sql("update channel set token_expires_at = ? where id = ?")
				.params(expires == null ? null : Timestamp.from(expires), channel.value())
				.update();
		}
	}

	static @Nullable Instant expiry(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException(EXPIRES + " must be an ISO instant such as 2026-12-03T15:00:00Z", e);
		}
	}
}
