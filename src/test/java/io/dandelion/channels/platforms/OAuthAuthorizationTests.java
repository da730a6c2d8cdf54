package io.dandelion.channels.platforms;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.platforms.OAuthAuthorization.Started;
import io.dandelion.channels.platforms.RefreshingToken.OAuthClient;
import io.dandelion.channels.platforms.RefreshingToken.Tokens;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** Connecting an account with the authorization-code flow and PKCE (as X, Google and Mastodon offer it). */
class OAuthAuthorizationTests {

	@RegisterExtension
	static final WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
		.build();

	private static final URI CALLBACK = URI.create("https://dandelion.example/channels/oauth/x/callback");

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);

	@Test
	void derivesTheS256ChallengeAsRfc7636Does() {
		assertThat(OAuthAuthorization.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
			.isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

	@Test
	void sendsTheUserToThePlatformWithAChallengeAndExchangesTheCodeWithTheVerifier() {
		OAuthAuthorization flow = flow(null);
		Started started = flow.start(CALLBACK, "tweet.read tweet.write users.read offline.access", Map.of());
		Map<String, String> query = Arrays.stream(started.redirect().getRawQuery().split("&")).map(p -> p.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
		assertThat(started.redirect().getPath()).isEqualTo("/i/oauth2/authorize");
		assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "client-1")
			.containsEntry("redirect_uri", CALLBACK.toString()).containsEntry("state", started.state())
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("code_challenge", OAuthAuthorization.challenge(started.codeVerifier()));
		assertThat(started.toString()).doesNotContain(started.codeVerifier());
		platform.stubFor(post(urlPathEqualTo("/2/oauth2/token")).willReturn(okJson(
				"{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"at\",\"refresh_token\":\"rt\",\"scope\":\"tweet.read\"}")));

		Tokens tokens = flow.finish(started, started.state(), "the-code", CALLBACK);

		assertThat(tokens).isEqualTo(new Tokens("at", "rt", Instant.parse("2026-11-29T03:00:00Z")));
		platform.verify(postRequestedFor(urlPathEqualTo("/2/oauth2/token"))
			.withFormParam("grant_type", equalTo("authorization_code")).withFormParam("code", equalTo("the-code"))
			.withFormParam("code_verifier", equalTo(started.codeVerifier()))
			.withFormParam("redirect_uri", equalTo(CALLBACK.toString())));
	}

	@Test
	void refusesACallbackWhoseStateWasNotMadeHere() {
		OAuthAuthorization flow = flow("secret");
		Started started = flow.start(CALLBACK, "read", Map.of());

		assertThatThrownBy(() -> flow.finish(started, "forged", "code", CALLBACK))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state");
		assertThat(platform.getAllServeEvents()).isEmpty();
	}

	@Test
	void confidentialClientsAuthenticateWithBasicAuth() {
		OAuthAuthorization flow = flow("secret");
		Started started = flow.start(CALLBACK, "read", Map.of("access_type", "offline"));
		assertThat(started.redirect().getQuery()).contains("access_type=offline");
		platform.stubFor(post(urlPathEqualTo("/2/oauth2/token")).willReturn(okJson("{\"access_token\":\"at\"}")));

		assertThat(flow.finish(started, started.state(), "c", CALLBACK).expiresAt()).isNull();

		platform.verify(postRequestedFor(urlPathEqualTo("/2/oauth2/token")).withHeader("Authorization",
				equalTo("Basic Y2xpZW50LTE6c2VjcmV0")));
	}

	private OAuthAuthorization flow(String secret) {
		return new OAuthAuthorization(
				new OAuthClient("X", URI.create(platform.baseUrl() + "/2/oauth2/token"), "client-1", secret),
				URI.create(platform.baseUrl() + "/i/oauth2/authorize"), HttpClient.newHttpClient(),
				JsonMapper.builder().build(), clock);
	}
}
