package io.dandelion.channels.internal;

import static io.dandelion.organisation.Permission.CHANNELS_MANAGE;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.ChannelAdministration.NewChannel;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an account connected through its platform's OAuth flow: a new channel, or new tokens for the
 * channel of the same account (the one being reconnected, or the unit's channel with that platform id).
 * Tokens go to the encrypted vault; their expiry and the connection are recorded and audited.
 */
@Service
@Transactional
public class ChannelConnections {

	private final JdbcClient jdbc;
	private final ChannelDirectory channels;
	private final ChannelAdministration administration;
	private final CredentialVault vault;
	private final AuditLog audit;

	ChannelConnections(JdbcClient jdbc, ChannelDirectory channels, ChannelAdministration administration,
			CredentialVault vault, AuditLog audit) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.administration = administration;
		this.vault = vault;
		this.audit = audit;
	}

	/**
	 * An account that signed in: where it goes ({@code channel} when reconnecting one, else the unit and
	 * owning team of a new one), who it is, and its tokens (with {@link ChannelTokens#EXPIRES}).
	 */
	public record Connection(UnitId unit, TeamId ownerTeam, @Nullable ChannelId channel, String platform,
			String externalId, String handle, Map<String, String> tokens) {

		@Override
		public String toString() {
			return "Connection[" + platform + " " + handle + ", tokens " + tokens.keySet() + "]";
		}
	}

	public ChannelId connect(AccessScope scope, Connection connection) {
		Optional<Channel> existing = connection.channel() != null
				? Optional.of(ChannelAccess.managed(scope, connection.channel(), channels.details(connection.channel())))
				: sameAccount(connection);
		if (existing.isEmpty()) {
			ChannelId id = administration.create(scope, new NewChannel(connection.unit(), connection.ownerTeam(),
					connection.platform(), connection.handle(), connection.externalId(), connection.tokens()));
			record(scope, "channel.connected", connection.unit(), id, connection);
			return id;
		}
		Channel channel = existing.get();
		if (!channel.platform().equals(connection.platform())) {
			throw new IllegalArgumentException("channel " + channel.id() + " is on " + channel.platform() + ", not "
					+ connection.platform());
		}
		if (channel.externalId() != null && !channel.externalId().equals(connection.externalId())) {
			throw new IllegalArgumentException("You signed in as " + connection.handle() + ", but this channel is "
					+ channel.handle() + ": sign in to " + connection.platform() + " as " + channel.handle()
					+ ", or connect " + connection.handle() + " as a new channel.");
		}
		if (!scope.can(CHANNELS_MANAGE, channel.unit())) {
			throw new ChannelNotFoundException("channel " + channel.id() + " not found");
		}
		Map<String, @Nullable String> tokens = new HashMap<>(connection.tokens());
		// a token response without a refresh token or expiry ends the old ones: they belonged to the old grant
		tokens.putIfAbsent("refresh_token", null);
		tokens.putIfAbsent(ChannelTokens.EXPIRES, null);
		vault.store(channel.id(), tokens);
		Instant expires = ChannelTokens.expiry(connection.tokens().get(ChannelTokens.EXPIRES));
		jdbc.sql("""
				update channel set external_id = ?, token_expires_at = ?, next_poll_at = now(), updated_at = now(),
				  health = case when health = 'UNAUTHORISED' then 'UNKNOWN' else health end
				where id = ?""")
			.params(connection.externalId(), expires == null ? null : Timestamp.from(expires), channel.id().value())
			.update();
		record(scope, "channel.reconnected", channel.unit(), channel.id(), connection);
		return channel.id();
	}

	/** The unit's live channel for the same platform account, which a new sign-in reconnects. */
	private Optional<Channel> sameAccount(Connection connection) {
		return jdbc.sql("""
				select id from channel where unit_id = ? and platform = ? and status <> 'DELETED'
				  and (external_id = ? or external_id is null and lower(handle) = lower(?))""")
			.params(connection.unit().value(), connection.platform(), connection.externalId(), connection.handle())
			.query((rs, n) -> new ChannelId(rs.getObject(1, UUID.class)))
			.list()
			.stream()
			.findFirst()
			.flatMap(channels::details);
	}

	private void record(AccessScope scope, String action, UnitId unit, ChannelId id, Connection connection) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("platform", connection.platform());
		after.put("handle", connection.handle());
		after.put("externalId", connection.externalId());
		after.put("via", "oauth");
		after.put("credentials", new java.util.TreeSet<>(connection.tokens().keySet()));
		after.put("tokenExpiresAt", connection.tokens().get(ChannelTokens.EXPIRES));
		audit.record(new AuditEntry(scope.actor(), action, unit, "channel", id.toString(), null, after));
	}
}
