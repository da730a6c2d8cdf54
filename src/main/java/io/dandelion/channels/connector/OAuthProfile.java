package io.dandelion.channels.connector;

import java.net.URI;
import java.util.Map;

/**
 * How a platform connects an account with the OAuth 2.0 authorization-code flow and PKCE: where to
 * send the user, where to exchange the code and renew tokens, the scopes the connector needs and any
 * platform-specific parameters of the authorization request (Google's {@code access_type}).
 */
public record OAuthProfile(URI authorizationEndpoint, URI tokenEndpoint, String scopes, Map<String, String> extra) {

	public OAuthProfile {
		extra = Map.copyOf(extra);
	}
}
