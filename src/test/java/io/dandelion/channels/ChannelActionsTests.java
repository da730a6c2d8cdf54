package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.ChannelActionException.Reason;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.internal.CredentialVault;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** ChannelActions dispatched to the connector of the channel's platform, with the channel's own credentials. */
@ChannelsTest
class ChannelActionsTests {

	@RegisterExtension
	static final WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Autowired
	ChannelActions actions;

	@Autowired
	CredentialVault vault;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	@BeforeEach
	void organisation() {
		org = fixtures.organisation();
	}

	@Test
	void aReplyGoesOutThroughThePlatformsConnectorWithTheChannelsToken() {
		ChannelId brand = xChannel(Map.of("access_token", "x-token-1", "api_base", x.baseUrl()));
		x.stubFor(post(urlPathEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer x-token-1"))
			.willReturn(okJson("{\"data\":{\"id\":\"1900000000000000009\",\"text\":\"On it!\"}}")));

		ChannelActions.SentReply sent = actions.reply(brand, "1800000000000000001", null, "On it!");

		assertThat(sent.externalId()).isEqualTo("1900000000000000009");
		x.verify(postRequestedFor(urlPathEqualTo("/2/tweets"))
			.withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo("1800000000000000001"))));
		assertThat(actions.capabilities(brand)).contains(Capability.REPLY, Capability.HIDE, Capability.POLL);
	}

	@Test
	void aRateLimitCarriesWhenToTryAgainAndAGoneParentSaysSo() {
		ChannelId brand = xChannel(Map.of("access_token", "x-token-2", "api_base", x.baseUrl()));
		x.stubFor(put(urlPathMatching("/2/tweets/.*/hidden")).willReturn(aResponse().withStatus(429)
			.withHeader("x-rate-limit-reset", "1795000000")
			.withBody("{\"title\":\"Too Many Requests\",\"status\":429}")));
		x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"title\":\"Not Found Error\",\"status\":404}")));

		assertThatThrownBy(() -> actions.hide(brand, "1800000000000000002")).isInstanceOfSatisfying(
				ChannelActionException.class, e -> {
					assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
					assertThat(e.retryAt()).isEqualTo(Instant.ofEpochSecond(1795000000));
				});
		assertThatThrownBy(() -> actions.reply(brand, "1800000000000000003", null, "hello"))
			.isInstanceOfSatisfying(ChannelActionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.GONE));
	}

	@Test
	void whatAPlatformCannotDoIsRefusedAsUnsupported() {
		ChannelId hook = fixtures.connect(org, "webhook", "crm", null, Map.of("webhook_secret", "s"));
		ChannelId linkedin = fixtures.connect(org, "linkedin", "acme", "urn:li:organization:1", Map.of());

		assertThat(actions.capabilities(hook)).containsExactly(Capability.WEBHOOK);
		assertThatThrownBy(() -> actions.reply(hook, "a", null, "hi")).isInstanceOfSatisfying(ChannelActionException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
		assertThat(actions.capabilities(linkedin)).isEmpty();
		assertThatThrownBy(() -> actions.delete(linkedin, "a")).isInstanceOfSatisfying(ChannelActionException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED));
	}

	@Test
	void aChannelWithoutItsTokenMustBeReconnected() {
		ChannelId bare = xChannel(Map.of("api_base", x.baseUrl()));
		assertThatThrownBy(() -> actions.delete(bare, "1800000000000000004"))
			.isInstanceOfSatisfying(ChannelActionException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
				assertThat(e.getMessage()).contains("access_token");
			});
	}

	private ChannelId xChannel(Map<String, String> credentials) {
		return fixtures.connect(org, "x", "@acme_" + System.nanoTime(), "1100000000000000001",
				credentials);
	}
}
