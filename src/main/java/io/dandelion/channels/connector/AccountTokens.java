package io.dandelion.channels.connector;

import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.RefreshingToken;
import io.dandelion.channels.platforms.RefreshingToken.OAuthClient;
import io.dandelion.channels.platforms.RefreshingToken.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bearer token of an OAuth account from its credentials: {@code access_token}, and for renewal
 * {@code refresh_token}, {@code client_id}, {@code client_secret} (confidential clients) and
 * {@code access_token_expires_at} (ISO instant). Renewed tokens are stored back, encrypted.
 */
public final class AccountTokens {

	private AccountTokens() {
	}

	public static AccessToken of(ConnectedAccount account, String platform, URI tokenEndpoint, HttpClient http,
			JsonMapper json) {
		String access = account.required("access_token");
		String refresh = account.optional("refresh_token");
		String clientId = account.optional("client_id");
		if (refresh == null || clientId == null) {
			return AccessToken.fixed(access);
		}
		String expires = account.optional("access_token_expires_at");
		URI endpoint = URI.create(account.optional("token_endpoint", tokenEndpoint.toString()));
		return new RefreshingToken(new OAuthClient(platform, endpoint, clientId, account.optional("client_secret")),
				new Tokens(access, refresh, expires == null ? null : Instant.parse(expires)), http, json,
				Clock.systemUTC(), renewed -> account.renewed().accept(credentials(renewed)));
	}

	private static Map<String, String> credentials(Tokens tokens) {
		Map<String, String> renewed = new HashMap<>();
		renewed.put("access_token", tokens.access());
		if (tokens.refresh() != null) {
			renewed.put("refresh_token", tokens.refresh());
		}
		if (tokens.expiresAt() != null) {
			renewed.put("access_token_expires_at", tokens.expiresAt().toString());
		}
		return renewed;
	}
}
