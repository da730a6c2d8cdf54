package io.dandelion.channels.connect;

import static io.dandelion.organisation.Permission.CHANNELS_MANAGE;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.connector.OAuthClients;
import io.dandelion.channels.connector.OAuthProfile;
import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelAccess;
import io.dandelion.channels.internal.ChannelConnections;
import io.dandelion.channels.internal.ChannelConnections.Connection;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.channels.internal.ChannelTokens;
import io.dandelion.channels.platforms.OAuthAuthorization;
import io.dandelion.channels.platforms.OAuthAuthorization.Started;
import io.dandelion.channels.platforms.RefreshingToken.OAuthClient;
import io.dandelion.channels.platforms.RefreshingToken.Tokens;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts and finishes OAuth connections: only for channel managers of the unit, only on platforms whose
 * connector has an {@link OAuthProfile} and for which this installation has a client. Every start,
 * connection and failure is audited; tokens are never returned or logged.
 */
@Service
class AccountConnections {

	static final Duration VALID_FOR = Duration.ofMinutes(10);

	private final ConnectorRegistry registry;
	private final OAuthClients clients;
	private final ChannelDirectory channels;
	private final ChannelConnections connections;
	private final Teams teams;
	private final AuditLog audit;
	private final JsonMapper json;
	private final HttpClient http = HttpClient.newHttpClient();
	private final Clock clock = Clock.systemUTC();

	AccountConnections(ConnectorRegistry registry, OAuthClients clients, ChannelDirectory channels,
			ChannelConnections connections, Teams teams, AuditLog audit, JsonMapper json) {
		this.registry = registry;
		this.clients = clients;
		this.channels = channels;
		this.connections = connections;
		this.teams = teams;
		this.audit = audit;
		this.json = json;
	}

	/** Starts connecting a new account for {@code team}'s unit. */
	PendingConnection startNew(AccessScope scope, String platform, TeamId team, URI callback) {
		TeamSummary owner = teams.find(team)
			.filter(t -> scope.can(CHANNELS_MANAGE, t.unit()))
			.orElseThrow(() -> new ChannelNotFoundException("team " + team + " not found"));
		return start(scope, platform, owner.unit(), owner.id(), null, callback);
	}

	/** Starts connecting a channel's account again (new tokens for the same account). */
	PendingConnection startReconnect(AccessScope scope, ChannelId id, URI callback) {
		Channel channel = ChannelAccess.managed(scope, id, channels.details(id));
		return start(scope, channel.platform(), channel.unit(), channel.ownerTeam(), id, callback);
	}

	private PendingConnection start(AccessScope scope, String platform, UnitId unit, TeamId team,
			@Nullable ChannelId channel, URI callback) {
		Started started = flow(platform).start(callback, profile(platform).scopes(), profile(platform).extra());
		audit.record(new AuditEntry(scope.actor(), "channel.connect-started", unit, "channel",
				channel == null ? "new" : channel.toString(), null, Map.of("platform", platform, "team", team.toString())));
		return new PendingConnection(platform, unit.value(), team.value(), channel == null ? null : channel.value(),
				started.state(), started.codeVerifier(), started.redirect().toString(), callback.toString(), scope.actor(),
				clock.instant());
	}

	/** Exchanges the code, asks the platform who signed in and stores the account's tokens. */
	ChannelId finish(AccessScope scope, PendingConnection pending, String state, String code) {
		if (pending.startedAt().plus(VALID_FOR).isBefore(clock.instant())) {
			throw new IllegalArgumentException("This connection was started more than 10 minutes ago and has expired;"
					+ " start it again from the Channels page.");
		}
		UnitId unit = new UnitId(pending.unit());
		if (!scope.actor().equals(pending.actor()) || !scope.can(CHANNELS_MANAGE, unit)) {
			throw new ChannelNotFoundException("unit " + unit + " not found");
		}
		URI callback = URI.create(pending.callback());
		Tokens tokens;
		AccountIdentity identity;
		try {
			tokens = flow(pending.platform()).finish(new Started(URI.create(pending.redirect()), pending.state(),
					pending.verifier()), state, code, callback);
			identity = identify(pending, tokens);
		}
		catch (RuntimeException e) {
			failed(scope, pending, e.getMessage());
			throw e;
		}
		Map<String, String> stored = new HashMap<>(identity.credentials());
		if (stored.isEmpty()) {
			stored.put("access_token", tokens.access());
			if (tokens.refresh() != null) {
				stored.put("refresh_token", tokens.refresh());
			}
			if (tokens.expiresAt() != null) {
				stored.put(ChannelTokens.EXPIRES, tokens.expiresAt().toString());
			}
		}
		return connections.connect(scope, new Connection(unit, new TeamId(pending.team()),
				pending.channel() == null ? null : new ChannelId(pending.channel()), pending.platform(),
				identity.externalId(), identity.handle(), stored));
	}

	/** The platform refused to connect the account (the user cancelled, or the platform sent an error). */
	void failed(AccessScope scope, PendingConnection pending, @Nullable String error) {
		audit.record(new AuditEntry(scope.actor(), "channel.connect-failed", new UnitId(pending.unit()), "channel",
				pending.channel() == null ? "new" : pending.channel().toString(), null,
				Map.of("platform", pending.platform(), "error", String.valueOf(error))));
	}

	/** Who signed in; when reconnecting, the channel's platform id says which of the user's accounts is meant. */
	private AccountIdentity identify(PendingConnection pending, Tokens tokens) {
		Connector connector = registry.forPlatform(pending.platform()).orElseThrow();
		ChannelId id = pending.channel() == null ? ChannelId.random() : new ChannelId(pending.channel());
		String externalId = pending.channel() == null ? null
				: channels.details(id).map(Channel::externalId).orElse(null);
		Map<String, String> credentials = clients.complete(pending.platform(), Map.of("access_token", tokens.access()));
		return connector.identify(new ConnectedAccount(id, pending.platform(), "(connecting)", externalId, credentials,
				renewed -> {
				}));
	}

	private OAuthAuthorization flow(String platform) {
		OAuthClients.Client client = clients.of(platform)
			.orElseThrow(() -> new IllegalArgumentException("No OAuth client is configured for " + platform
					+ "; an administrator sets dandelion.channels.oauth." + platform + ".client-id first."));
		OAuthProfile profile = profile(platform);
		return new OAuthAuthorization(new OAuthClient(platform, profile.tokenEndpoint(), client.clientId(),
				client.clientSecret()), profile.authorizationEndpoint(), http, json, clock, profile.clientAuthentication());
	}

	private OAuthProfile profile(String platform) {
		OAuthProfile profile = registry.forPlatform(platform)
			.flatMap(Connector::oauth)
			.orElseThrow(() -> new IllegalArgumentException(
					"Accounts on " + platform + " are not connected with OAuth; set their credentials instead."));
		return clients.endpoints(platform, profile);
	}
}
