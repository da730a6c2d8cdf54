package io.dandelion.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.dandelion.channels.meta.GraphAnswers.graphError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.meta.MetaConnector.Surface;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polling a Facebook Page's feed when its webhook is not subscribed, against WireMock. The fixtures are
 * written by us from the {@code PagePost} and {@code Comment} nodes of Meta's business-SDK codegen
 * specifications (fields {@code id}, {@code message}, {@code created_time}, {@code from}, {@code parent};
 * the {@code comments} edge's {@code filter}, {@code order} and {@code since}) and the Graph API's
 * cursor paging ({@code paging.cursors.after}, {@code paging.next}); errors as Meta's error guide gives them.
 */
class PageFeedPollingTests {

	@RegisterExtension
	static final WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String APP = "640123456789";

	@Test
	void readsTheCommentsOfThePagesPostsOldestFirstWithRepliesUnderTheirParent() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).withQueryParam("after", absent()).willReturn(okJson("""
				{"data":[
				  {"id":"111_222","comments":{"data":[
				    {"id":"222_301","message":"Is the shop open on Sunday?","created_time":"2026-12-03T09:00:00+0000",
				     "from":{"id":"9001","name":"Ana"}},
				    {"id":"222_302","message":"Yes, from 10 to 16","created_time":"2026-12-03T09:05:00+0000",
				     "from":{"id":"111","name":"Acme"},"parent":{"id":"222_301"}}],
				   "paging":{"cursors":{"before":"YmVmb3Jl","after":"YWZ0ZXIx"},
				             "next":"https://graph.facebook.com/v21.0/111_222/comments?after=YWZ0ZXIx"}}},
				  {"id":"111_223"}],
				 "paging":{"cursors":{"before":"cDA","after":"cDE"},"next":"https://graph.facebook.com/v21.0/111/feed?after=cDE"}}
				""")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).withQueryParam("after", equalTo("cDE")).willReturn(okJson("""
				{"data":[{"id":"111_200","comments":{"data":[
				    {"id":"200_401","message":"Where is my parcel?","created_time":"2026-12-03T08:00:00+0000",
				     "from":{"id":"9002","name":"Bo"}}],
				   "paging":{"cursors":{"before":"eA","after":"eQ"}}}}],
				 "paging":{"cursors":{"before":"cDE","after":"cDI"}}}
				""")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/111_222/comments")).withQueryParam("after", equalTo("YWZ0ZXIx"))
			.willReturn(okJson("""
					{"data":[{"id":"222_303","message":"Thanks!","created_time":"2026-12-03T09:10:00+0000",
					  "from":{"id":"9001","name":"Ana"},"parent":{"id":"222_302"}}],
					 "paging":{"cursors":{"before":"YWZ0ZXIx","after":"YWZ0ZXIy"}}}
					""")));

		Poll poll = page(null).poll(null);

		assertThat(poll.items()).extracting(InboundItem::externalId)
			.containsExactly("200_401", "222_301", "222_302", "222_303");
		InboundItem question = poll.items().get(1);
		assertThat(question.threadExternalId()).isEqualTo("111_222");
		assertThat(question.parentExternalId()).isEqualTo("111_222");
		assertThat(question.author().externalId()).isEqualTo("9001");
		assertThat(question.author().displayName()).isEqualTo("Ana");
		assertThat(question.direction()).isEqualTo(Direction.INBOUND);
		assertThat(question.text()).isEqualTo("Is the shop open on Sunday?");
		assertThat(question.createdAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
		InboundItem answer = poll.items().get(2);
		assertThat(answer.direction()).isEqualTo(Direction.OUTBOUND);
		assertThat(answer.parentExternalId()).isEqualTo("222_301");
		assertThat(poll.items().get(3).parentExternalId()).isEqualTo("222_302");
		assertThat(poll.cursor()).isEqualTo(String.valueOf(Instant.parse("2026-12-03T09:10:00Z").getEpochSecond()));
		graph.verify(getRequestedFor(urlPathEqualTo("/v21.0/111/feed")).withQueryParam("limit", equalTo("25"))
			.withQueryParam("fields", equalTo("id,comments.filter(stream).order(chronological).limit(100){"
					+ PageFeed.COMMENT_FIELDS + "}")));
		graph.verify(getRequestedFor(urlPathEqualTo("/v21.0/111_222/comments")).withQueryParam("filter", equalTo("stream"))
			.withQueryParam("since", absent()));
	}

	@Test
	void asksOnlyForCommentsSinceTheCursorAndKeepsItWhenNothingIsNew() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).willReturn(okJson("""
				{"data":[{"id":"111_222"},{"id":"111_223"}],"paging":{"cursors":{"before":"cDA","after":"cDE"}}}
				""")));

		Poll poll = page(null).poll("1764752400");

		assertThat(poll.items()).isEmpty();
		assertThat(poll.cursor()).isEqualTo("1764752400");
		graph.verify(getRequestedFor(urlPathEqualTo("/v21.0/111/feed"))
			.withQueryParam("fields", containing(".since(1764752400).")));
		assertThatThrownBy(() -> page(null).poll("yesterday")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void leavesTheCommentsToTheWebhookWhileOurAppIsSubscribedToTheFeed() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/subscribed_apps")).willReturn(okJson("""
				{"data":[{"id":"555000","name":"Another tool","subscribed_fields":["feed"]},
				         {"id":"640123456789","name":"Dandelion","subscribed_fields":["messages","feed"]}]}
				""")));

		Poll poll = page(APP).poll("1764752400");

		assertThat(poll.items()).isEmpty();
		assertThat(poll.cursor()).isEqualTo("1764752400");
		graph.verify(0, getRequestedFor(urlPathEqualTo("/v21.0/111/feed")));
	}

	@Test
	void pollsWhenOnlyAnotherAppIsSubscribedOrTheSubscriptionsCannotBeRead() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/subscribed_apps")).willReturn(okJson("""
				{"data":[{"id":"555000","name":"Another tool","subscribed_fields":["feed"]},
				         {"id":"640123456789","name":"Dandelion","subscribed_fields":["messages"]}]}
				""")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).willReturn(okJson("""
				{"data":[{"id":"111_222","comments":{"data":[{"id":"222_301","message":"Hi","created_time":"2026-12-03T09:00:00+0000","from":{"id":"9001","name":"Ana"}}]}}]}
				""")));

		assertThat(page(APP).poll(null).items()).extracting(InboundItem::externalId).containsExactly("222_301");

		graph.stubFor(get(urlPathEqualTo("/v21.0/111/subscribed_apps")).willReturn(graphError(403, 200, 0,
				"(#200) Requires pages_manage_metadata permission")));
		assertThat(page(APP).poll(null).items()).hasSize(1);
	}

	@Test
	void anExpiredTokenAsksForTheAccountToBeConnectedAgain() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).willReturn(graphError(400, 190, 460,
				"Error validating access token: The session has been invalidated because the user changed their password.")));

		assertThatThrownBy(() -> page(null).poll("1764752400")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED));
	}

	@ParameterizedTest(name = "Graph error {0}")
	@ValueSource(ints = { 4, 17, 32, 613 })
	void throttlingWaitsUntilMetaSaysAccessReturns(int code) {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).willReturn(graphError(400, code, 0, "(#" + code
				+ ") request limit reached")
			.withHeader("X-Business-Use-Case-Usage", "{\"111\":[{\"type\":\"pages\",\"call_count\":100,"
					+ "\"total_cputime\":30,\"total_time\":25,\"estimated_time_to_regain_access\":12}]}")));
		Instant before = Instant.now();

		assertThatThrownBy(() -> page(null).poll("1764752400")).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
			assertThat(e.retryAt()).isBetween(before.plus(Duration.ofMinutes(12)), Instant.now().plus(Duration.ofMinutes(12)));
		});
	}

	@Test
	void aServerErrorIsUnavailable() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/112/feed")).willReturn(graphError(500, 1,
				0, "An unknown error occurred")));

		assertThatThrownBy(() -> page(null).poll(null)).isInstanceOfSatisfying(PlatformException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
			assertThat(e.status()).isEqualTo(502);
		});
		assertThatThrownBy(() -> connector("112", null).poll(null)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
	}

	@Test
	void refusesAFeedItCannotReadRatherThanMoveTheCursor() {
		graph.stubFor(get(urlPathEqualTo("/v21.0/111/feed")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html").withBody("<html>ok</html>")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/112/feed")).willReturn(okJson("{\"posts\":[]}")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/113/feed")).willReturn(okJson("""
				{"data":[{"id":"113_1","comments":{"data":[{"id":"1_2","message":"no time"}]}}]}
				""")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/114/feed")).willReturn(okJson("""
				{"data":[{"id":"114_1","comments":{"data":[{"id":"1_3","message":"odd","created_time":"yesterday"}]}}]}
				""")));
		graph.stubFor(get(urlPathEqualTo("/v21.0/115/feed")).willReturn(okJson("""
				{"data":[{"message":"a post without id"}]}
				""")));

		for (String page : new String[] { "111", "112", "113", "114", "115" }) {
			assertThatThrownBy(() -> connector(page, null).poll("1764752400")).as(page)
				.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
		}
	}

	@Test
	void instagramIsReachedByWebhookOnly() {
		MetaConnector instagram = new MetaConnector(client(), Surface.INSTAGRAM, "17841400000000000",
				() -> new MetaWebhook("verify", "secret"), APP);

		assertThatThrownBy(() -> instagram.poll(null)).hasMessageContaining("polling Instagram");
		assertThat(graph.getAllServeEvents()).isEmpty();
	}

	private static MetaConnector page(@Nullable String app) {
		return connector("111", app);
	}

	private static MetaConnector connector(String pageId, @Nullable String app) {
		return new MetaConnector(client(), Surface.FACEBOOK, pageId, () -> new MetaWebhook("verify", "secret"), app);
	}

	private static PlatformClient client() {
		return new PlatformClient("Meta", URI.create(graph.baseUrl()), HttpClient.newHttpClient(),
				JsonMapper.builder().build(), AccessToken.fixed("page-token"));
	}
}
