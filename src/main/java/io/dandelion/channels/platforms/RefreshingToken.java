package io.dandelion.channels.platforms;

import io.dandelion.channels.platforms.PlatformException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OAuth 2.0 user token renewed with the refresh-token grant (RFC 6749 §6) before it expires or
 * when the platform refuses it. Platforms that rotate refresh tokens (X) send a new one with every
 * renewal; each renewal is handed to a listener so the channel can store it, encrypted.
 */
public class RefreshingToken implements AccessToken {

	private static final Duration EARLY = Duration.ofSeconds(60);

	private final OAuthClient client;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	private final Consumer<Tokens> renewed;

	private Tokens tokens;

	public RefreshingToken(OAuthClient client, Tokens tokens, HttpClient http, JsonMapper json, Clock clock,
			Consumer<Tokens> renewed) {
		this.client = client;
		this.tokens = tokens;
		this.http = http;
		this.json = json;
		this.clock = clock;
		this.renewed = renewed;
	}

	/** The platform's token endpoint and this application's client credentials (no secret for public clients). */
	public record OAuthClient(String platform, URI tokenEndpoint, String clientId, @Nullable String clientSecret) {
	}

	/** An access token, the refresh token and when the access token expires. */
	public record Tokens(String access, @Nullable String refresh, @Nullable Instant expiresAt) {

		@Override
		public String toString() {
			return "Tokens[expiresAt=" + expiresAt + "]";
		}
	}

	@Override
	public synchronized String current() {
		if (tokens.expiresAt() != null && clock.instant().plus(EARLY).isAfter(tokens.expiresAt())) {
			return renew();
		}
		return tokens.access();
	}

	@Override
	public synchronized String renew() {
		if (tokens.refresh() == null) {
			throw new PlatformException(Reason.UNAUTHORISED, 401,
					client.platform() + " refused the token and gave no refresh token: connect the account again", null);
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", tokens.refresh());
		form.put("client_id", client.clientId());
		HttpRequest.Builder request = HttpRequest.newBuilder(client.tokenEndpoint())
			.version(HttpClient.Version.HTTP_1_1)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(PlatformClient.form(form)));
		if (client.clientSecret() != null) {
			String basic = client.clientId() + ":" + client.clientSecret();
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}
		JsonNode answer = send(request.build());
		String access = answer.path("access_token").asString("");
		if (access.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200,
					client.platform() + " renewed the token without an access_token", null);
		}
		long expiresIn = answer.path("expires_in").asLong(0);
		String refresh = answer.path("refresh_token").isString() ? answer.path("refresh_token").stringValue()
				: tokens.refresh();
		tokens = new Tokens(access, refresh, expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null);
		renewed.accept(tokens);
		return access;
	}

	private JsonNode send(HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new PlatformException(Reason.UNAVAILABLE, 0, client.platform() + " token endpoint unreachable", null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PlatformException(Reason.UNAVAILABLE, 0, "interrupted while renewing a token", null);
		}
		if (response.statusCode() == 400 || response.statusCode() == 401) {
			throw new PlatformException(Reason.UNAUTHORISED, response.statusCode(),
					client.platform() + " refused the refresh token: connect the account again", null);
		}
		return PlatformResponses.read(client.platform(), "token renewal", response, json);
	}
}
