package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActionException.Reason;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelStatus;
import io.dandelion.channels.internal.ChannelTokens;
import io.dandelion.channels.internal.CredentialVault;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the connector of a channel's platform and opens the account with its decrypted credentials. */
@Component
public class ConnectorRegistry {

	private final Map<String, Connector> connectors = new HashMap<>();
	private final ChannelDirectory channels;
	private final CredentialVault vault;
	private final OAuthClients clients;
	private final ChannelTokens tokens;

	ConnectorRegistry(List<Connector> connectors, ChannelDirectory channels, CredentialVault vault, OAuthClients clients,
			ChannelTokens tokens) {
		for (Connector connector : connectors) {
			if (this.connectors.put(connector.platform(), connector) != null) {
				throw new IllegalStateException("two connectors for the platform " + connector.platform());
			}
		}
		this.channels = channels;
		this.vault = vault;
		this.clients = clients;
		this.tokens = tokens;
	}

	/** The platforms whose connector can do {@code capability}. */
	public Set<String> platformsWith(Capability capability) {
		return connectors.values()
			.stream()
			.filter(c -> c.capabilities().contains(capability))
			.map(Connector::platform)
			.collect(Collectors.toSet());
	}

	/** The platforms that have a connector. */
	public Set<String> platforms() {
		return Set.copyOf(connectors.keySet());
	}

	/** The platforms whose accounts are connected with OAuth here: an {@link OAuthProfile} and a configured client. */
	public Set<String> oauthPlatforms() {
		return connectors.values()
			.stream()
			.filter(c -> c.oauth().isPresent() && clients.of(c.platform()).isPresent())
			.map(Connector::platform)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/**
	 * Every connector, by platform name: what it declares it can do, and whether its accounts connect with
	 * OAuth here (an {@link OAuthProfile}, and whether this installation configured its client).
	 */
	public List<Catalogued> catalogue() {
		return connectors.values()
			.stream()
			.sorted(Comparator.comparing(Connector::platform))
			.map(c -> new Catalogued(c.platform(), c.capabilities(), c.oauth().isPresent(),
					c.oauth().isPresent() && clients.of(c.platform()).isPresent()))
			.toList();
	}

	public Optional<Connector> forPlatform(String platform) {
		return Optional.ofNullable(connectors.get(platform));
	}

	/** A channel that is not deleted, with its connector and account; refusals as {@link ChannelActionException}. */
	public Opened open(ChannelId id) {
		Channel channel = channels.details(id)
			.filter(c -> c.status() != ChannelStatus.DELETED)
			.orElseThrow(() -> new ChannelActionException(Reason.REJECTED, "no channel " + id, null, null));
		Connector connector = forPlatform(channel.platform())
			.orElseThrow(() -> new ChannelActionException(Reason.UNSUPPORTED,
					"no connector for the platform " + channel.platform() + " yet", null, null));
		return new Opened(channel, connector, account(channel));
	}

	/**
	 * The account of {@code channel} as its connector needs it, completed with the installation's OAuth
	 * client for its platform; renewed tokens are stored encrypted, with their expiry, and audited.
	 */
	public ConnectedAccount account(Channel channel) {
		return new ConnectedAccount(channel.id(), channel.platform(), channel.handle(), channel.externalId(),
				clients.complete(channel.platform(), vault.open(channel.id())),
				renewed -> tokens.renewed(channel.id(), channel.unit(), renewed));
	}

	/** One connector as the catalogue shows it. */
	public record Catalogued(String platform, Set<Capability> capabilities, boolean oauth, boolean oauthConfigured) {

		public Catalogued {
			capabilities = Set.copyOf(capabilities);
		}

		public boolean can(Capability capability) {
			return capabilities.contains(capability);
		}
	}

	/** A channel opened for work. */
	public record Opened(Channel channel, Connector connector, ConnectedAccount account) {
	}
}
