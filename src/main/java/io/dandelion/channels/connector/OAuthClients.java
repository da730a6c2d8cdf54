package io.dandelion.channels.connector;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * This installation's OAuth client at each platform, from {@code dandelion.channels.oauth.<platform>.*}:
 * {@code client-id}, {@code client-secret} (confidential clients), and, to reach other servers than the
 * platform's own (tests, regional endpoints), {@code authorization-uri}, {@code token-uri} and {@code api-base}.
 */
public final class OAuthClients {

	/** One platform's client; the secret never appears in {@link #toString()}. */
	public record Client(String clientId, @Nullable String clientSecret, @Nullable URI authorizationUri,
			@Nullable URI tokenUri, @Nullable URI apiBase) {

		@Override
		public String toString() {
			return "Client[" + clientId + "]";
		}
	}

	private final Map<String, Client> clients;

	public OAuthClients(Map<String, Client> clients) {
		clients.forEach((platform, client) -> {
			if (client.clientId() == null || client.clientId().isBlank()) {
				throw new IllegalArgumentException("dandelion.channels.oauth." + platform + ".client-id is missing");
			}
		});
		this.clients = Map.copyOf(clients);
	}

	public Optional<Client> of(String platform) {
		return Optional.ofNullable(clients.get(platform));
	}

	/** The platform's profile with this installation's endpoints where they are configured. */
	public OAuthProfile endpoints(String platform, OAuthProfile profile) {
		return of(platform).map(c -> new OAuthProfile(
				c.authorizationUri() == null ? profile.authorizationEndpoint() : c.authorizationUri(),
				c.tokenUri() == null ? profile.tokenEndpoint() : c.tokenUri(), profile.scopes(), profile.extra(),
				profile.clientAuthentication()))
			.orElse(profile);
	}

	/**
	 * A channel's credentials completed with what this installation configures for its platform: the
	 * client that renews its tokens (unless the channel names its own) and other endpoints.
	 */
	public Map<String, String> complete(String platform, Map<String, String> credentials) {
		Client client = clients.get(platform);
		if (client == null) {
			return credentials;
		}
		Map<String, String> completed = new HashMap<>(credentials);
		if (!credentials.containsKey("client_id")) {
			completed.put("client_id", client.clientId());
			if (client.clientSecret() != null && !client.clientSecret().isBlank()) {
				completed.put("client_secret", client.clientSecret());
			}
		}
		if (client.tokenUri() != null) {
			completed.putIfAbsent("token_endpoint", client.tokenUri().toString());
		}
		if (client.apiBase() != null) {
			completed.putIfAbsent("api_base", client.apiBase().toString());
		}
		return completed;
	}
}
