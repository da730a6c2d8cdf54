package io.dandelion.channels.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Bluesky connector makes of a PDS that throttles or fails: the dev-env PDS of
 * {@link BlueskyConnectorTests} does neither on demand, so WireMock answers as the PDS does (XRPC
 * error bodies {@code {"error", "message"}}, the {@code ratelimit-*} headers of the reference PDS).
 */
class BlueskyErrorTests {

	@RegisterExtension
	static final WireMockExtension pds = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private BlueskyConnector brand;

	@BeforeEach
	void signIn() {
		pds.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession")).willReturn(okJson(
				"{\"did\":\"did:plc:brand000000000000000000\",\"handle\":\"brand.test\",\"accessJwt\":\"access-1\","
						+ "\"refreshJwt\":\"refresh-1\"}")));
		brand = new BlueskyConnector(URI.create(pds.baseUrl()), "brand.test", "app-pass-word-1234",
				HttpClient.newHttpClient(), JsonMapper.builder().build());
	}

	@Test
	void aRateLimitCarriesTheResetTimeThePdsGave() {
		pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications")).willReturn(aResponse()
			.withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("ratelimit-limit", "3000")
			.withHeader("ratelimit-remaining", "0")
			.withHeader("ratelimit-reset", "1895000000")
			.withHeader("ratelimit-policy", "3000;w=300")
			.withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

		assertThatThrownBy(() -> brand.poll(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
			assertThat(e.retryAt()).isEqualTo(Instant.ofEpochSecond(1895000000));
		});
	}

	@Test
	void aRateLimitedSignInIsRateLimitedToo() {
		pds.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession")).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));
		Instant before = Instant.now();

		assertThatThrownBy(() -> brand.poll(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
			assertThat(e.retryAt()).as("a minute when the PDS names no reset time").isAfter(before.plusSeconds(59));
		});
	}

	@Test
	void aServerErrorIsATemporaryFailure() {
		pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications")).willReturn(aResponse()
			.withStatus(502)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"UpstreamFailure\",\"message\":\"Upstream Failure\"}")));
		pds.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.repo.deleteRecord")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/html").withBody("<html>Internal Server Error</html>")));

		assertThatThrownBy(() -> brand.poll(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
			assertThat(e.getMessage()).contains("UpstreamFailure");
		});
		assertThatThrownBy(() -> brand.delete("at://did:plc:brand000000000000000000/app.bsky.feed.post/3kabc"))
			.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
	}

	@Test
	void anAnswerThatIsNotJsonIsMalformed() {
		pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>captive portal</html>")));

		assertThatThrownBy(() -> brand.poll(null)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
	}
}
