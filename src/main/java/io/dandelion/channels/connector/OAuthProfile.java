package io.dandelion.channels.connector;

import io.dandelion.channels.platforms.OAuthAuthorization.ClientAuthentication;
import java.net.URI;
import java.util.Map;

/**
 * How a platform connects an account with the OAuth 2.0 authorization-code flow and PKCE: where to
 * send the user, where to exchange the code and renew tokens, the scopes the connector needs, any
 * platform-specific parameters of the authorization request (Google's {@code access_type}) and how a
 * confidential client authenticates at the token endpoint (HTTP Basic unless the platform says otherwise).
 */
public record OAuthProfile(URI authorizationEndpoint, URI tokenEndpoint, String scopes, Map<String, String> extra,
		ClientAuthentication clientAuthentication) {

	public OAuthProfile {
		extra = Map.copyOf(extra);
	}

	public OAuthProfile(URI authorizationEndpoint, URI tokenEndpoint, String scopes, Map<String, String> extra) {
		this(authorizationEndpoint, tokenEndpoint, scopes, extra, ClientAuthentication.HTTP_BASIC);
	}
}
