package io.dandelion.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dandelion.channels.meta.MetaConnector.Surface;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Graph API actions against WireMock. No machine-readable Graph API description was at hand, so
 * these fixtures follow Meta's reference pages (edges, fields, error 100/33) and are not validated.
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

	private static MetaConnector connector(Surface surface) {
		return new MetaConnector(new PlatformClient("Meta", URI.create(graph.baseUrl()), HttpClient.newHttpClient(),
				JsonMapper.builder().build(), AccessToken.fixed("page-token")), surface, "111",
				new MetaWebhook("verify", "secret"));
	}
}
