package io.dandelion.channels.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.OpenApiContract;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The Mastodon connector against stubs checked against the Mastodon OpenAPI description. */
class MastodonConnectorContractTests {

	@RegisterExtension
	static final WireMockExtension mastodon = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
		.build();

	private static final OpenApiContract SPEC = OpenApiContract.load("specs/mastodon.json");

	private MastodonConnector connector;

	@BeforeEach
	void connect() {
		connector = new MastodonConnector(new PlatformClient("Mastodon", URI.create(mastodon.baseUrl()),
				HttpClient.newHttpClient(), JsonMapper.builder().build(), AccessToken.fixed("token")), "100");
	}

	@AfterEach
	void everyExchangeFollowsTheSpecification() {
		assertThat(SPEC.violations(mastodon.getAllServeEvents())).isEmpty();
	}

	@Test
	void ingestsMentionsWithTheirThreadAndSkipsOtherNotifications() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson(NOTIFICATIONS)));
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/statuses/902/context"))
			.willReturn(okJson("{\"ancestors\":[" + status("900", "100", null, "Our winter sale starts today") + "],\"descendants\":[]}")));

		Poll poll = connector.poll(null);

		assertThat(poll.cursor()).isEqualTo("7003");
		assertThat(poll.items()).extracting(InboundItem::externalId).containsExactly("901", "902");
		InboundItem mention = poll.items().get(0);
		assertThat(mention.kind()).isEqualTo(Kind.MENTION);
		assertThat(mention.text()).isEqualTo("@acme is the app down?\nI can't log in & pay");
		assertThat(mention.threadExternalId()).isEqualTo("901");
		InboundItem reply = poll.items().get(1);
		assertThat(reply.kind()).isEqualTo(Kind.COMMENT);
		assertThat(reply.parentExternalId()).isEqualTo("900");
		assertThat(reply.threadExternalId()).isEqualTo("900");
		assertThat(reply.author().handle()).isEqualTo("bob@example.org");
	}

	@Test
	void pagesForwardFromTheCursor() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("7003"))
			.willReturn(okJson("[]")));

		Poll poll = connector.poll("7003");

		assertThat(poll.items()).isEmpty();
		assertThat(poll.cursor()).isEqualTo("7003");
	}

	@Test
	void repliesToTheAuthorWithTheParentsVisibility() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/statuses/902")).willReturn(okJson(status("902", "201", "900", "hello"))));
		mastodon.stubFor(post(urlPathEqualTo("/api/v1/statuses"))
			.withMetadata(Metadata.metadata().attr("requestBodyOutsideSpec",
					"the description types this body as an array; Mastodon takes one object"))
			.withRequestBody(equalToJson("{\"status\":\"@bob@example.org Thanks, fixed!\",\"in_reply_to_id\":\"902\",\"visibility\":\"public\"}"))
			.willReturn(okJson(status("950", "100", "902", "@bob@example.org Thanks, fixed!"))));

		assertThat(connector.reply("902", "Thanks, fixed!")).isEqualTo("950");
	}

	@Test
	void saysWhenTheStatusToAnswerWasDeleted() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/statuses/902")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json").withBody("{\"error\":\"Record not found\"}")));

		assertThatThrownBy(() -> connector.reply("902", "Hello")).isInstanceOf(ParentGoneException.class);
	}

	@Test
	void deletesItsOwnStatus() {
		mastodon.stubFor(delete(urlPathEqualTo("/api/v1/statuses/950")).willReturn(okJson(status("950", "100", "902", "bye"))));

		connector.delete("950");

		assertThat(mastodon.getAllServeEvents()).hasSize(1);
	}

	@Test
	void refusesAnInvalidTokenAndSignalsRateLimits() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("1"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"The access token is invalid\"}")));
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("2"))
			.withMetadata(Metadata.metadata().attr("outsideSpec", "the description documents no 429"))
			.willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", "2026-11-29T03:00:00.000Z")
				.withHeader("Content-Type", "application/json").withBody("{\"error\":\"Too many requests\"}")));

		assertThatThrownBy(() -> connector.poll("1")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED));
		assertThatThrownBy(() -> connector.poll("2")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.retryAt()).isEqualTo(Instant.parse("2026-11-29T03:00:00Z")));
	}

	@Test
	void aServerErrorIsATemporaryFailure() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications"))
			.withMetadata(Metadata.metadata().attr("outsideSpec", "the description documents no 5xx"))
			.willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
				.withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>")));
		mastodon.stubFor(post(urlPathEqualTo("/api/v1/statuses"))
			.withMetadata(Metadata.metadata().attr("outsideSpec", "the description documents no 5xx"))
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"We're sorry, but something went wrong on our end.\"}")));
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/statuses/902")).willReturn(okJson(status("902", "201", "900", "hello"))));

		assertThatThrownBy(() -> connector.poll("1")).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
			assertThat(e.status()).isEqualTo(503);
		});
		assertThatThrownBy(() -> connector.reply("902", "Thanks")).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
			assertThat(e.getMessage()).contains("something went wrong on our end");
		});
	}

	@Test
	void refusesAnswersItCannotRead() {
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("1"))
			.withMetadata(Metadata.metadata().attr("outsideSpec", "a malformed body: not JSON"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("2"))
			.withMetadata(Metadata.metadata().attr("outsideSpec", "a malformed body: an object where a list belongs"))
			.willReturn(okJson("{\"error\":\"unexpected\"}")));
		mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withQueryParam("min_id", equalTo("3"))
			.withMetadata(Metadata.metadata().attr("outsideSpec", "a malformed body: a status without id"))
			.willReturn(okJson("[{\"id\":\"7010\",\"type\":\"mention\",\"created_at\":\"2026-11-28T09:02:00.000Z\","
					+ "\"status\":{\"content\":\"<p>@acme hello</p>\",\"account\":{\"id\":\"201\"}}}]")));

		for (String cursor : new String[] { "1", "2", "3" }) {
			assertThatThrownBy(() -> connector.poll(cursor)).as("cursor " + cursor)
				.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
		}
	}

	private static String status(String id, String accountId, String inReplyTo, String text) {
		String reply = inReplyTo == null ? "" : "\"in_reply_to_id\":\"" + inReplyTo + "\",\"in_reply_to_account_id\":\"100\",";
		String acct = accountId.equals("100") ? "acme" : "bob@example.org";
		return "{\"id\":\"" + id + "\",\"created_at\":\"2026-11-28T09:0" + id.charAt(2) + ":00.000Z\"," + reply
				+ "\"visibility\":\"public\",\"content\":\"<p>" + text + "</p>\",\"url\":\"https://example.org/@x/" + id
				+ "\",\"media_attachments\":[],\"account\":{\"id\":\"" + accountId + "\",\"acct\":\"" + acct
				+ "\",\"username\":\"" + acct.split("@")[0] + "\",\"display_name\":\"Someone\"}}";
	}

	private static final String NOTIFICATIONS = """
			[
			  {"id": "7003", "type": "mention", "created_at": "2026-11-28T09:02:00.000Z",
			   "account": {"id": "201", "acct": "bob@example.org", "username": "bob", "display_name": "Bob"},
			   "status": %s},
			  {"id": "7002", "type": "favourite", "created_at": "2026-11-28T09:01:30.000Z",
			   "account": {"id": "202", "acct": "carol", "username": "carol", "display_name": "Carol"},
			   "status": %s},
			  {"id": "7001", "type": "mention", "created_at": "2026-11-28T09:01:00.000Z",
			   "account": {"id": "203", "acct": "dan", "username": "dan", "display_name": "Dan"},
			   "status": {"id": "901", "created_at": "2026-11-28T09:01:00.000Z", "visibility": "public",
			     "content": "<p><span class=\\"h-card\\"><a href=\\"https://example.org/@acme\\">@acme</a></span> is the app down?<br>I can&#39;t log in &amp; pay</p>",
			     "media_attachments": [], "account": {"id": "203", "acct": "dan", "username": "dan", "display_name": "Dan"}}}
			]""".formatted(status("902", "201", "900", "@acme the sale prices are not shown"),
			status("900", "100", null, "Our winter sale starts today"));
}
