package io.dandelion.channels.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.platforms.OpenApiContract;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import io.dandelion.channels.platforms.RefreshingToken;
import io.dandelion.channels.platforms.RefreshingToken.OAuthClient;
import io.dandelion.channels.platforms.RefreshingToken.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The X connector against WireMock stubs written from the X API v2 OpenAPI description; after every
 * test each request the connector made and each answer it got are checked against that description.
 */
class XConnectorContractTests {

	@RegisterExtension
	static final WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final OpenApiContract SPEC = OpenApiContract.load("specs/twitter.json");

	private static final String BRAND = "1100000000000000001";

	private final List<Tokens> renewals = new ArrayList<>();

	private PlatformClient api;

	private XConnector connector;

	@BeforeEach
	void connect() {
		HttpClient http = HttpClient.newHttpClient();
		JsonMapper json = JsonMapper.builder().build();
		RefreshingToken token = new RefreshingToken(
				new OAuthClient("X", URI.create(x.baseUrl() + "/2/oauth2/token"), "client-1", null),
				new Tokens("old-access", "refresh-1", Instant.now().plusSeconds(3600)), http, json,
				Clock.systemUTC(), renewals::add);
		api = new PlatformClient("X", URI.create(x.baseUrl()), http, json, token);
		connector = new XConnector(api, BRAND);
	}

	@AfterEach
	void everyExchangeFollowsTheSpecification() {
		assertThat(SPEC.violations(x.getAllServeEvents())).isEmpty();
	}

	@Test
	void readsMentionsAndRepliesOldestFirstWithTheirThreads() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions")).willReturn(okJson(MENTIONS)));

		Poll poll = connector.mentions(null);

		assertThat(poll.cursor()).isEqualTo("1500000000000000003");
		assertThat(poll.items()).extracting(InboundItem::externalId).containsExactly("1500000000000000002",
				"1500000000000000003");
		InboundItem reply = poll.items().get(0);
		assertThat(reply.kind()).isEqualTo(Kind.COMMENT);
		assertThat(reply.parentExternalId()).isEqualTo("1500000000000000001");
		assertThat(reply.threadExternalId()).isEqualTo("1500000000000000001");
		assertThat(reply.author().handle()).isEqualTo("annie");
		assertThat(reply.createdAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
		InboundItem mention = poll.items().get(1);
		assertThat(mention.kind()).isEqualTo(Kind.MENTION);
		assertThat(mention.parentExternalId()).isNull();
		assertThat(mention.author().displayName()).isEqualTo("Bob B.");
	}

	@Test
	void saysWhoTheSignedInAccountIs() {
		x.stubFor(get(urlPathEqualTo("/2/users/me"))
			.willReturn(okJson("{\"data\":{\"id\":\"" + BRAND + "\",\"name\":\"Acme\",\"username\":\"acme_fr\"}}")));

		assertThat(XConnector.identity(api)).isEqualTo(new AccountIdentity(BRAND, "@acme_fr"));
	}

	@Test
	void asksOnlyForPostsNewerThanTheCursorAndKeepsItWhenNothingIsNew() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions"))
			.withQueryParam("since_id", equalTo("1500000000000000003"))
			.willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

		Poll poll = connector.mentions("1500000000000000003");

		assertThat(poll.items()).isEmpty();
		assertThat(poll.cursor()).isEqualTo("1500000000000000003");
	}

	@Test
	void searchesRecentPostsForAMonitoredTerm() {
		x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).withQueryParam("query", equalTo("\"acme bank\" -is:retweet"))
			.willReturn(okJson(MENTIONS)));

		assertThat(connector.search("\"acme bank\" -is:retweet", null).items()).hasSize(2);
	}

	@Test
	void renewsAnExpiredTokenWithTheRefreshTokenAndRetries() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions")).withHeader("Authorization", equalTo("Bearer old-access"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
				.withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));
		x.stubFor(post(urlPathEqualTo("/2/oauth2/token")).withMetadata(outsideSpec("the token endpoint is not in the v2 description"))
			.willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"new-access\","
					+ "\"scope\":\"tweet.read users.read offline.access\",\"refresh_token\":\"refresh-2\"}")));
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions")).withHeader("Authorization", equalTo("Bearer new-access"))
			.willReturn(okJson(MENTIONS)));

		assertThat(connector.mentions(null).items()).hasSize(2);

		x.verify(postRequestedFor(urlPathEqualTo("/2/oauth2/token"))
			.withRequestBody(equalTo("grant_type=refresh_token&refresh_token=refresh-1&client_id=client-1")));
		assertThat(renewals).singleElement().satisfies(tokens -> {
			assertThat(tokens.access()).isEqualTo("new-access");
			assertThat(tokens.refresh()).isEqualTo("refresh-2");
		});
	}

	@Test
	void signalsTheRateLimitResetToThePoller() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions")).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/problem+json").withHeader("x-rate-limit-limit", "450")
			.withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", "1795000000")
			.withBody("{\"title\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429,\"detail\":\"Too Many Requests\"}")));

		assertThatThrownBy(() -> connector.mentions(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
			assertThat(e.retryAt()).isEqualTo(Instant.ofEpochSecond(1795000000));
		});
	}

	@Test
	void reportsAnOutageAsUnavailable() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json").withBody("{\"code\":503,\"message\":\"Service Unavailable\"}")));

		assertThatThrownBy(() -> connector.mentions(null)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
	}

	@Test
	void refusesAMalformedBody() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions")).withMetadata(outsideSpec("deliberately malformed"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\":[{\"id\":")));

		assertThatThrownBy(() -> connector.mentions(null)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
	}

	@Test
	void repliesInTheThread() {
		x.stubFor(post(urlPathEqualTo("/2/tweets"))
			.withRequestBody(equalToJson("{\"text\":\"Sorry to hear that, we sent you a DM\",\"reply\":{\"in_reply_to_tweet_id\":\"1500000000000000002\"}}"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"data\":{\"id\":\"1500000000000000009\",\"text\":\"Sorry to hear that, we sent you a DM\"}}")));

		assertThat(connector.reply("1500000000000000002", "Sorry to hear that, we sent you a DM"))
			.isEqualTo("1500000000000000009");
	}

	@Test
	void saysWhenThePostToAnswerWasDeleted() {
		x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,"
					+ "\"detail\":\"You attempted to reply to a Tweet that is deleted or not visible to you.\"}")));

		assertThatThrownBy(() -> connector.reply("1500000000000000002", "Hello")).isInstanceOf(ParentGoneException.class);
	}

	@Test
	void hidesAndUnhidesReplies() {
		x.stubFor(put(urlPathEqualTo("/2/tweets/1500000000000000002/hidden")).withRequestBody(equalToJson("{\"hidden\":true}"))
			.willReturn(okJson("{\"data\":{\"hidden\":true}}")));
		x.stubFor(put(urlPathEqualTo("/2/tweets/1500000000000000002/hidden")).withRequestBody(equalToJson("{\"hidden\":false}"))
			.willReturn(okJson("{\"data\":{\"hidden\":false}}")));

		connector.hide("1500000000000000002");
		connector.unhide("1500000000000000002");

		assertThat(x.getAllServeEvents()).hasSize(2);
	}

	@Test
	void deletesItsOwnPostAndRefusesIdsThatAreNotPostIds() {
		x.stubFor(delete(urlPathEqualTo("/2/tweets/1500000000000000009")).willReturn(okJson("{\"data\":{\"deleted\":true}}")));

		connector.delete("1500000000000000009");

		assertThatThrownBy(() -> connector.delete("../users/1")).isInstanceOf(IllegalArgumentException.class);
		assertThat(x.getAllServeEvents()).hasSize(1);
	}

	@Test
	void theSpecificationCheckCatchesARequestOrAnswerThatBreaksIt() {
		x.stubFor(get(urlPathEqualTo("/2/users/" + BRAND + "/mentions"))
			.willReturn(okJson("{\"data\":[{\"id\":15,\"text\":\"numeric id\"}],\"meta\":{\"result_count\":\"one\"}}")));
		x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).willReturn(okJson(MENTIONS)));

		assertThatThrownBy(() -> connector.mentions(null)).isInstanceOf(PlatformException.class);
		connector.search("acme", "not-an-id");
		assertThatThrownBy(() -> connector.hide("1")).isInstanceOf(PlatformException.class);

		assertThat(SPEC.violations(x.getAllServeEvents())).anyMatch(v -> v.contains("response 200: /data/0/id"))
			.anyMatch(v -> v.contains("query parameter since_id")).anyMatch(v -> v.contains("no stub answered"));
		x.resetRequests();
	}

	private static Metadata outsideSpec(String why) {
		return Metadata.metadata().attr("outsideSpec", why).build();
	}

	private static final String MENTIONS = """
			{
			  "data": [
			    {"id": "1500000000000000003", "text": "@acme my card was declined twice today",
			     "author_id": "2200000000000000002", "conversation_id": "1500000000000000003",
			     "created_at": "2026-11-28T10:05:00.000Z", "edit_history_tweet_ids": ["1500000000000000003"]},
			    {"id": "1500000000000000002", "text": "@acme when do you open on Sunday?",
			     "author_id": "2200000000000000001", "conversation_id": "1500000000000000001",
			     "created_at": "2026-11-28T10:00:00.000Z", "in_reply_to_user_id": "1100000000000000001",
			     "referenced_tweets": [{"type": "replied_to", "id": "1500000000000000001"}],
			     "edit_history_tweet_ids": ["1500000000000000002"]}
			  ],
			  "includes": {"users": [
			    {"id": "2200000000000000001", "name": "Annie A.", "username": "annie"},
			    {"id": "2200000000000000002", "name": "Bob B.", "username": "bob"}
			  ]},
			  "meta": {"newest_id": "1500000000000000003", "oldest_id": "1500000000000000002", "result_count": 2}
			}""";
}
