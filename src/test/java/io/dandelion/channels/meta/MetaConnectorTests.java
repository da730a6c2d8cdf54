package io.dandelion.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.dandelion.channels.meta.GraphAnswers.graphError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.connector.ConnectorFailures;
import io.dandelion.channels.meta.MetaConnector.Surface;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Graph API actions against WireMock. No machine-readable Graph API description was at hand, so
 * these fixtures follow Meta's reference pages (edges, fields, the error codes of the error-handling
 * guide, the {@code X-Business-Use-Case-Usage} header) and are not validated.
 */
class MetaConnectorTests {

	@RegisterExtension
	static final WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void repliesHidesUnhidesAndDeletesOnFacebook() {
		MetaConnector page = connector(Surface.FACEBOOK);
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333/comments")).withRequestBody(equalToJson("{\"message\":\"We are on it\"}"))
			.willReturn(okJson("{\"id\":\"222_335\"}")));
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333")).withRequestBody(equalToJson("{\"is_hidden\":true}"))
			.willReturn(okJson("{\"success\":true}")));
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333")).withRequestBody(equalToJson("{\"is_hidden\":false}"))
			.willReturn(okJson("{\"success\":true}")));
		graph.stubFor(delete(urlPathEqualTo("/v21.0/222_335")).willReturn(okJson("{\"success\":true}")));

		assertThat(page.reply("222_333", "We are on it")).isEqualTo("222_335");
		page.hide("222_333");
		page.unhide("222_333");
		page.delete("222_335");

		assertThat(graph.getAllServeEvents()).hasSize(4).allMatch(e -> e.getWasMatched());
	}

	@Test
	void usesInstagramsOwnEdgeAndFieldNames() {
		MetaConnector instagram = connector(Surface.INSTAGRAM);
		graph.stubFor(post(urlPathEqualTo("/v21.0/17870913679156914/replies"))
			.willReturn(okJson("{\"id\":\"17870913679156999\"}")));
		graph.stubFor(post(urlPathEqualTo("/v21.0/17870913679156914")).withRequestBody(equalToJson("{\"hide\":true}"))
			.willReturn(okJson("{\"success\":true}")));

		assertThat(instagram.reply("17870913679156914", "DM us please")).isEqualTo("17870913679156999");
		instagram.hide("17870913679156914");

		assertThat(graph.getAllServeEvents()).allMatch(e -> e.getWasMatched());
	}

	@Test
	void saysWhenTheCommentToAnswerWasDeleted() {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_999/comments")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Unsupported post request. Object with ID '222_999' does not exist, cannot be "
					+ "loaded due to missing permissions, or does not support this operation.\",\"type\":\"GraphMethodException\","
					+ "\"code\":100,\"error_subcode\":33}}")));

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).reply("222_999", "Hello")).isInstanceOf(ParentGoneException.class);
		assertThatThrownBy(() -> connector(Surface.FACEBOOK).hide("../me")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anExpiredTokenAsksForTheAccountToBeConnectedAgain() {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333/comments")).willReturn(graphError(400, 190, 463,
				"Error validating access token: Session has expired on Thursday, 03-Dec-26 10:00:00 PST.")));

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).reply("222_333", "Hello"))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.UNAUTHORISED);
				assertThat(e.getMessage()).contains("Graph error 190/463").contains("connect the account again")
					.doesNotContain("page-token");
			});
		assertThat(ConnectorFailures.translate(new PlatformException(Reason.UNAUTHORISED, 400, "expired", null)).reason())
			.isEqualTo(ChannelActionException.Reason.UNAUTHORISED);
	}

	@ParameterizedTest(name = "Graph error {0}")
	@ValueSource(ints = { 4, 17, 32, 613 })
	void throttlingWaitsUntilMetaSaysAccessReturns(int code) {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333")).willReturn(graphError(400, code, 0, "(#" + code
				+ ") Application request limit reached")
			.withHeader("X-Business-Use-Case-Usage", "{\"111\":[{\"type\":\"pages\",\"call_count\":100,"
					+ "\"total_cputime\":12,\"total_time\":9,\"estimated_time_to_regain_access\":7}]}")));
		Instant before = Instant.now();

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).hide("222_333"))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
				assertThat(e.retryAt()).isBetween(before.plus(Duration.ofMinutes(7)),
						Instant.now().plus(Duration.ofMinutes(7)));
			});
	}

	@Test
	void throttlingWithoutAnEstimateWaitsFiveMinutes() {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333")).willReturn(graphError(403, 32, 0, "(#32) Page request limit reached")));
		Instant before = Instant.now();

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).hide("222_333"))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
				assertThat(e.retryAt()).isBetween(before.plus(GraphErrors.DEFAULT_WAIT),
						Instant.now().plus(GraphErrors.DEFAULT_WAIT));
			});
	}

	@Test
	void readsTemporaryFailuresAndMissingPermissionsFromTheGraphCode() {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333")).willReturn(graphError(500, 2, 0,
				"An unexpected error has occurred. Please retry your request later.")));
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_444")).willReturn(graphError(400, 200, 0,
				"(#200) Requires pages_manage_engagement permission to manage the object")));

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).hide("222_333")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
		assertThatThrownBy(() -> connector(Surface.FACEBOOK).hide("222_444")).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
	}

	@Test
	void aServerErrorWithoutAGraphBodyIsUnavailable() {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333/comments")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "text/html").withBody("<html><body>Sorry, something went wrong.</body></html>")));

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).reply("222_333", "Hello"))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
				assertThat(e.status()).isEqualTo(503);
			});
	}

	@Test
	void refusesAnswersItCannotRead() {
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_333/comments"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>ok</html>")));
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_444/comments")).willReturn(okJson("{\"name\":\"no id here\"}")));
		graph.stubFor(post(urlPathEqualTo("/v21.0/222_444")).willReturn(okJson("{\"success\":false}")));

		assertThatThrownBy(() -> connector(Surface.FACEBOOK).reply("222_333", "Hello"))
			.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
		assertThatThrownBy(() -> connector(Surface.FACEBOOK).reply("222_444", "Hello"))
			.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
		assertThatThrownBy(() -> connector(Surface.FACEBOOK).hide("222_444"))
			.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
	}


	private static MetaConnector connector(Surface surface) {
		return new MetaConnector(new PlatformClient("Meta", URI.create(graph.baseUrl()), HttpClient.newHttpClient(),
				JsonMapper.builder().build(), AccessToken.fixed("page-token")), surface, "111",
				new MetaWebhook("verify", "secret"));
	}
}
