package io.dandelion.channels.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.InboundItem;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The YouTube connector against stubs checked against the YouTube Data API v3 OpenAPI description. */
class YouTubeConnectorContractTests {

	@RegisterExtension
	static final WireMockExtension youtube = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
		.build();

	private static final OpenApiContract SPEC = OpenApiContract.load("specs/youtube.json");

	private static final String CHANNEL = "UCbrand0000000000000000";

	private PlatformClient api;

	private YouTubeConnector connector;

	@BeforeEach
	void connect() {
		HttpClient http = HttpClient.newHttpClient();
		JsonMapper json = JsonMapper.builder().build();
		RefreshingToken token = new RefreshingToken(
				new OAuthClient("YouTube", URI.create(youtube.baseUrl() + "/token"), "client-1", "secret-1"),
				new Tokens("expired", "refresh-1", Instant.now().minusSeconds(5)), http, json, Clock.systemUTC(),
				tokens -> {
				});
		api = new PlatformClient("YouTube", URI.create(youtube.baseUrl()), http, json, token);
		connector = new YouTubeConnector(api, CHANNEL);
		youtube.stubFor(post(urlPathEqualTo("/token")).withMetadata(outsideSpec("Google's token endpoint is not in the description"))
			.willReturn(okJson("{\"access_token\":\"fresh\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
	}

	@AfterEach
	void everyExchangeFollowsTheSpecification() {
		assertThat(SPEC.violations(youtube.getAllServeEvents())).isEmpty();
	}

	@Test
	void saysWhichChannelTheSignedInUserHas() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).withQueryParam("mine", equalTo("true"))
			.willReturn(okJson("{\"kind\":\"youtube#channelListResponse\",\"items\":[{\"kind\":\"youtube#channel\","
					+ "\"id\":\"" + CHANNEL + "\",\"snippet\":{\"title\":\"Acme France\",\"customUrl\":\"@acmefrance\"}}]}")));

		assertThat(YouTubeConnector.identity(api)).isEqualTo(new AccountIdentity(CHANNEL, "@acmefrance"));
	}

	@Test
	void refusesAGoogleAccountWithoutAChannel() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
			.willReturn(okJson("{\"kind\":\"youtube#channelListResponse\",\"items\":[]}")));

		assertThatThrownBy(() -> YouTubeConnector.identity(api)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no YouTube channel");
	}

	@Test
	void ingestsCommentsAndRepliesOnTheChannelsVideosWithAFreshToken() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).withHeader("Authorization", equalTo("Bearer fresh"))
			.withQueryParam("allThreadsRelatedToChannelId", equalTo(CHANNEL)).willReturn(okJson(THREADS)));

		Poll poll = connector.poll(null);

		assertThat(poll.items()).extracting(InboundItem::externalId).containsExactly("Ugw-top", "Ugw-top.reply1");
		InboundItem top = poll.items().get(0);
		assertThat(top.threadExternalId()).isEqualTo("vid00000001");
		assertThat(top.parentExternalId()).isEqualTo("vid00000001");
		assertThat(top.author().displayName()).isEqualTo("Annie");
		assertThat(top.text()).isEqualTo("The sound is out of sync after 2:10");
		assertThat(poll.items().get(1).parentExternalId()).isEqualTo("Ugw-top");
		assertThat(poll.cursor()).isEqualTo("2026-11-28T11:00:00Z");
		youtube.verify(1, postRequestedFor(urlPathEqualTo("/token")));
	}

	@Test
	void keepsOnlyCommentsFromTheCursorOn() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).willReturn(okJson(THREADS)));

		Poll poll = connector.poll("2026-11-28T10:30:00Z");

		assertThat(poll.items()).extracting(InboundItem::externalId).containsExactly("Ugw-top.reply1");
	}

	@Test
	void repliesUnderTheTopLevelComment() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/comments")).withQueryParam("id", equalTo("Ugw-top.reply1"))
			.willReturn(okJson("{\"kind\":\"youtube#commentListResponse\",\"items\":[" + comment("Ugw-top.reply1", "Ugw-top",
					"UCbob", "Bob", "same here", "2026-11-28T11:00:00Z") + "]}")));
		youtube.stubFor(post(urlPathEqualTo("/youtube/v3/comments"))
			.withRequestBody(equalToJson("{\"snippet\":{\"parentId\":\"Ugw-top\",\"textOriginal\":\"Thanks, a fix is coming\"}}"))
			.willReturn(okJson(comment("Ugw-top.reply2", "Ugw-top", CHANNEL, "Brand", "Thanks, a fix is coming",
					"2026-11-28T12:00:00Z"))));

		assertThat(connector.reply("Ugw-top.reply1", "Thanks, a fix is coming")).isEqualTo("Ugw-top.reply2");
	}

	@Test
	void saysWhenTheCommentToAnswerWasDeleted() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/comments"))
			.willReturn(okJson("{\"kind\":\"youtube#commentListResponse\",\"items\":[]}")));

		assertThatThrownBy(() -> connector.reply("Ugw-gone", "Hello")).isInstanceOf(ParentGoneException.class);
	}

	@Test
	void moderatesComments() {
		youtube.stubFor(post(urlPathEqualTo("/youtube/v3/comments/setModerationStatus")).willReturn(aResponse().withStatus(200)));
		youtube.stubFor(post(urlPathEqualTo("/youtube/v3/comments/markAsSpam")).willReturn(aResponse().withStatus(200)));
		youtube.stubFor(delete(urlPathEqualTo("/youtube/v3/comments")).willReturn(aResponse().withStatus(200)));

		connector.hide("Ugw-spam", true);
		connector.holdForReview("Ugw-doubt");
		connector.unhide("Ugw-doubt");
		connector.markAsSpam("Ugw-spam");
		connector.delete("Ugw-top.reply2");

		youtube.verify(postRequestedFor(urlPathEqualTo("/youtube/v3/comments/setModerationStatus"))
			.withQueryParam("moderationStatus", equalTo("rejected")).withQueryParam("banAuthor", equalTo("true")));
		youtube.verify(postRequestedFor(urlPathEqualTo("/youtube/v3/comments/setModerationStatus"))
			.withQueryParam("id", equalTo("Ugw-doubt")).withQueryParam("moderationStatus", equalTo("published")));
	}

	@Test
	void backsOffUntilMidnightPacificWhenTheDailyQuotaIsSpent() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).withMetadata(outsideSpec("the description documents no 403"))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":403,\"message\":\"The request cannot be completed because you have exceeded your "
						+ "<a href=\\\"/youtube/v3/getting-started#quota\\\">quota</a>.\",\"errors\":[{\"reason\":\"quotaExceeded\"}]}}")));

		assertThatThrownBy(() -> connector.poll(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
			assertThat(e.retryAt()).isAfter(Instant.now());
		});
	}

	@Test
	void aServerErrorIsATemporaryFailure() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).withMetadata(outsideSpec("the description documents no 5xx"))
			.willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":503,\"message\":\"The service is currently unavailable.\","
						+ "\"errors\":[{\"reason\":\"backendError\"}]}}")));
		youtube.stubFor(post(urlPathEqualTo("/youtube/v3/comments/setModerationStatus"))
			.withMetadata(outsideSpec("the description documents no 5xx"))
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody("<html>Error 500</html>")));

		assertThatThrownBy(() -> connector.poll(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
			assertThat(e.getMessage()).contains("The service is currently unavailable");
		});
		assertThatThrownBy(() -> connector.hide("Ugw-spam", false)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
	}

	@Test
	void refusesAnswersItCannotRead() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).withMetadata(outsideSpec("a malformed body: not JSON"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>sign in</html>")));
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/comments")).willReturn(okJson("{\"kind\":\"youtube#commentListResponse\","
				+ "\"items\":[" + comment("Ugw-top", null, "UCannie", "Annie", "hi", "2026-11-28T10:00:00Z") + "]}")));
		youtube.stubFor(post(urlPathEqualTo("/youtube/v3/comments")).withMetadata(outsideSpec("a malformed body: a comment without id"))
			.willReturn(okJson("{\"kind\":\"youtube#comment\"}")));

		assertThatThrownBy(() -> connector.poll(null)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
		assertThatThrownBy(() -> connector.reply("Ugw-top", "Thanks")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
	}

	@Test
	void refusesAThreadWhoseCommentHasNoId() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads"))
			.withMetadata(outsideSpec("a malformed body: a thread whose comment has no id"))
			.willReturn(okJson("{\"kind\":\"youtube#commentThreadListResponse\",\"items\":[{\"kind\":\"youtube#commentThread\","
					+ "\"id\":\"Ugw-x\",\"snippet\":{\"channelId\":\"" + CHANNEL + "\",\"topLevelComment\":{}}}]}")));

		assertThatThrownBy(() -> connector.poll(null)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
	}

	@Test
	void aListWithoutItemsIsNotTakenForAnEmptyOne() {
		youtube.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).withMetadata(outsideSpec("a malformed body: no items"))
			.willReturn(okJson("{\"kind\":\"youtube#commentThreadListResponse\"}")));

		assertThatThrownBy(() -> connector.poll("2026-11-28T10:30:00Z")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
	}

	private static Metadata outsideSpec(String why) {
		return Metadata.metadata().attr("outsideSpec", why).build();
	}

	private static String comment(String id, String parent, String author, String name, String text, String at) {
		return """
				{"kind":"youtube#comment","id":"%s","snippet":{"channelId":"%s","videoId":"vid00000001",%s
				"authorDisplayName":"%s","authorChannelId":{"value":"%s"},"textDisplay":"%s","textOriginal":"%s",
				"publishedAt":"%s","updatedAt":"%s","likeCount":0,"canRate":true}}"""
			.formatted(id, CHANNEL, parent == null ? "" : "\"parentId\":\"" + parent + "\",", name, author, text, text, at,
					at);
	}

	private static final String THREADS = """
			{"kind":"youtube#commentThreadListResponse","pageInfo":{"totalResults":1,"resultsPerPage":100},
			 "items":[{"kind":"youtube#commentThread","id":"Ugw-top",
			   "snippet":{"channelId":"%s","videoId":"vid00000001","canReply":true,"isPublic":true,"totalReplyCount":1,
			     "topLevelComment":%s},
			   "replies":{"comments":[%s]}}]}""".formatted(CHANNEL,
			comment("Ugw-top", null, "UCannie", "Annie", "The sound is out of sync after 2:10", "2026-11-28T10:00:00Z"),
			comment("Ugw-top.reply1", "Ugw-top", "UCbob", "Bob", "same here", "2026-11-28T11:00:00Z"));
}
