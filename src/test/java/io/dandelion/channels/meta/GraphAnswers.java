package io.dandelion.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Graph API answers as Meta's error-handling guide shows them, for the WireMock stubs. */
final class GraphAnswers {

	private GraphAnswers() {
	}

	/** A Graph error body ({@code error.code}, {@code error_subcode} unless 0) with this HTTP status. */
	static ResponseDefinitionBuilder graphError(int status, int code, int subcode, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
					+ (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"AbCdEf123\"}}");
	}
}
