package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.connector.TokenRenewal;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelHealth;
import io.dandelion.channels.internal.CredentialVault;
import io.dandelion.channels.platforms.OpenApiContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OAuth tokens are renewed before they expire and when the platform refuses them, through the
 * installation's client, and the renewed (rotated) tokens go back to the vault; a refused renewal asks
 * for the account to be connected again. The token endpoint is stubbed after RFC 6749 section 6.
 */
@ChannelsTest
class TokenRenewalTests {

	final WireMockServer platforms = PlatformStubs.server();

	@Autowired
	TokenRenewal renewal;

	@Autowired
	ChannelActions actions;

	@Autowired
	ChannelDirectory directory;

	@Autowired
	CredentialVault vault;

	@Autowired
	AuditLog audit;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	@BeforeEach
	void organisation() {
		org = fixtures.organisation();
		platforms.resetAll();
		clearInvocations(audit);
	}

	@AfterEach
	void everyExchangeFollowsItsDescription() {
		assertThat(OpenApiContract.load("specs/oauth2.json").violations(platforms.getAllServeEvents()
			.stream().filter(e -> e.getRequest().getUrl().equals("/2/oauth2/token")).toList())).isEmpty();
	}

	@Test
	void renewsATokenTenMinutesBeforeItExpiresAndKeepsTheRotatedRefreshToken() {
		ChannelId brand = xChannel("access-1", "refresh-1", Instant.now().plus(Duration.ofMinutes(5)));
		platforms.stubFor(post(urlPathEqualTo("/2/oauth2/token")).withFormParam("refresh_token", equalTo("refresh-1"))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"access-2\","
					+ "\"refresh_token\":\"refresh-2\",\"scope\":\"tweet.read offline.access\"}")));

		renewal.renewDue();

		platforms.verify(postRequestedFor(urlPathEqualTo("/2/oauth2/token"))
			.withFormParam("grant_type", equalTo("refresh_token")).withFormParam("client_id", equalTo("dandelion-x-client")));
		assertThat(vault.open(brand)).containsEntry("access_token", "access-2").containsEntry("refresh_token", "refresh-2");
		assertThat(directory.details(brand).orElseThrow().tokenExpiresAt())
			.isBetween(Instant.now().plusSeconds(7000), Instant.now().plusSeconds(7300));
		assertThat(audited()).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("channel.token-renewed");
			assertThat(entry.subjectId()).isEqualTo(brand.toString());
			assertThat(entry.toString()).doesNotContain("access-2").doesNotContain("refresh-2");
		});
		int calls = platforms.getAllServeEvents().size();
		renewal.renewDue();
		assertThat(platforms.getAllServeEvents()).hasSize(calls);
	}

	@Test
	void aRefusedRenewalAsksForTheAccountToBeConnectedAgain() {
		ChannelId brand = xChannel("access-1", "revoked-refresh", Instant.now().plus(Duration.ofMinutes(2)));
		platforms.stubFor(post(urlPathEqualTo("/2/oauth2/token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Value passed for the token was invalid.\"}")));

		renewal.renewDue();

		assertThat(directory.details(brand).orElseThrow().health()).isEqualTo(ChannelHealth.UNAUTHORISED);
		assertThat(audited()).extracting(AuditEntry::action).contains("channel.health-changed");
		int calls = platforms.getAllServeEvents().size();
		renewal.renewDue();
		assertThat(platforms.getAllServeEvents()).hasSize(calls);
	}

	@Test
	void aTokenThePlatformRefusesIsRenewedOnceAndTheReplyGoesOut() {
		ChannelId brand = xChannel("revoked-access", "refresh-1", Instant.now().plus(Duration.ofHours(1)));
		platforms.stubFor(post(urlPathEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer revoked-access"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
				.withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));
		platforms.stubFor(post(urlPathEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer access-2"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"1900000000000000011\",\"text\":\"On it\"}}")));
		platforms.stubFor(post(urlPathEqualTo("/2/oauth2/token")).willReturn(okJson(
				"{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\"}")));

		assertThat(actions.reply(brand, "1800000000000000001", null, "On it").externalId())
			.isEqualTo("1900000000000000011");

		assertThat(vault.open(brand)).containsEntry("access_token", "access-2").containsEntry("refresh_token", "refresh-2");
		assertThat(audited()).extracting(AuditEntry::action).contains("channel.token-renewed");
		assertThat(OpenApiContract.load("specs/twitter.json").violations(platforms.getAllServeEvents()
			.stream().filter(e -> e.getRequest().getUrl().equals("/2/tweets") && e.getResponse().getStatus() == 201)
			.toList())).isEmpty();
	}

	private ChannelId xChannel(String access, String refresh, Instant expires) {
		return fixtures.connect(org, "x", "@acme_" + System.nanoTime(), "1100000000000000001",
				Map.of("access_token", access, "refresh_token", refresh, "access_token_expires_at", expires.toString()));
	}

	private List<AuditEntry> audited() {
		ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit, atLeastOnce()).record(entries.capture());
		return entries.getAllValues();
	}
}
