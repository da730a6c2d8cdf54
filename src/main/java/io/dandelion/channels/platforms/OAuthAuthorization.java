package io.dandelion.channels.platforms;

import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.RefreshingToken.OAuthClient;
import io.dandelion.channels.platforms.RefreshingToken.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth 2.0 authorization-code flow with PKCE (RFC 7636, method S256) that connects an account:
 * {@link #start} makes the address to send the user to, with a random state and code verifier kept
 * by the caller (in the user's session); {@link #finish} checks the state and exchanges the code.
 */
public class OAuthAuthorization {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OAuthClient client;

	private final URI authorizationEndpoint;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	private final ClientAuthentication authentication;

	/** How a confidential client proves itself at the token endpoint (RFC 6749 §2.3.1). */
	public enum ClientAuthentication {
		/** HTTP Basic with the client id and secret, which every server must accept. */
		HTTP_BASIC,
		/** {@code client_id} and {@code client_secret} in the form, where the platform documents only that (Mastodon). */
		FORM_FIELDS
	}

	public OAuthAuthorization(OAuthClient client, URI authorizationEndpoint, HttpClient http, JsonMapper json,
			Clock clock) {
		this(client, authorizationEndpoint, http, json, clock, ClientAuthentication.HTTP_BASIC);
	}

	public OAuthAuthorization(OAuthClient client, URI authorizationEndpoint, HttpClient http, JsonMapper json,
			Clock clock, ClientAuthentication authentication) {
		this.client = client;
		this.authorizationEndpoint = authorizationEndpoint;
		this.http = http;
		this.json = json;
		this.clock = clock;
		this.authentication = authentication;
	}

	/** Where to send the user, and what to remember until they come back. */
	public record Started(URI redirect, String state, String codeVerifier) {

		@Override
		public String toString() {
			return "Started[" + redirect + "]";
		}
	}

	/** Starts a connection asking for these scopes; extra parameters are platform-specific (Google's access_type). */
	public Started start(URI callback, String scopes, Map<String, String> extra) {
		String state = random(24);
		String verifier = random(48);
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", client.clientId());
		query.put("redirect_uri", callback.toString());
		query.put("scope", scopes);
		query.put("state", state);
		query.put("code_challenge", challenge(verifier));
		query.put("code_challenge_method", "S256");
		query.putAll(extra);
		return new Started(URI.create(authorizationEndpoint + "?" + PlatformClient.form(query)), state, verifier);
	}

	/** Exchanges the code the platform sent back, once the returned state matches the one we made. */
	public Tokens finish(Started started, String returnedState, String code, URI callback) {
		if (!MessageDigest.isEqual(started.state().getBytes(StandardCharsets.UTF_8),
				returnedState.getBytes(StandardCharsets.UTF_8))) {
			throw new IllegalArgumentException("the state returned by " + client.platform()
					+ " does not match: the connection was not started here");
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", callback.toString());
		form.put("client_id", client.clientId());
		form.put("code_verifier", started.codeVerifier());
		boolean secretInForm = client.clientSecret() != null && authentication == ClientAuthentication.FORM_FIELDS;
		if (secretInForm) {
			form.put("client_secret", client.clientSecret());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(client.tokenEndpoint()).version(HttpClient.Version.HTTP_1_1)
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(PlatformClient.form(form)));
		if (client.clientSecret() != null && !secretInForm) {
			String basic = client.clientId() + ":" + client.clientSecret();
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}
		JsonNode answer = exchange(request.build());
		String access = answer.path("access_token").asString("");
		if (access.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200, client.platform() + " sent no access_token", null);
		}
		long expiresIn = answer.path("expires_in").asLong(0);
		return new Tokens(access, answer.path("refresh_token").asString(null),
				expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null);
	}

	private JsonNode exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return PlatformResponses.read(client.platform(), "code exchange", response, json);
		}
		catch (IOException e) {
			throw new PlatformException(Reason.UNAVAILABLE, 0, client.platform() + " token endpoint unreachable", null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PlatformException(Reason.UNAVAILABLE, 0, "interrupted while exchanging a code", null);
		}
	}

	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}
}
