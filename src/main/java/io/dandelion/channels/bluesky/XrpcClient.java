package io.dandelion.channels.bluesky;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain XRPC over HTTP: queries are GETs with query parameters, procedures are POSTs with a JSON
 * body, errors are JSON objects with {@code error} and {@code message}. Holds no session.
 */
class XrpcClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final URI service;

	private final HttpClient http;

	private final JsonMapper json;

	XrpcClient(URI service, HttpClient http, JsonMapper json) {
		this.service = service;
		this.http = http;
		this.json = json;
	}

	JsonMapper json() {
		return json;
	}

	/** Calls a query; list values become repeated parameters. */
	JsonNode query(String method, Map<String, ?> params, @Nullable String token) {
		String query = params.entrySet().stream().flatMap(e -> values(e.getValue()).stream()
				.map(v -> encode(e.getKey()) + "=" + encode(v))).collect(Collectors.joining("&"));
		URI uri = service.resolve("/xrpc/" + method + (query.isEmpty() ? "" : "?" + query));
		return send(method, request(uri, token).GET().build());
	}

	/** Calls a procedure with a JSON body. */
	JsonNode procedure(String method, @Nullable Object body, @Nullable String token) {
		HttpRequest.Builder request = request(service.resolve("/xrpc/" + method), token);
		if (body == null) {
			request.POST(HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		return send(method, request.build());
	}

	private HttpRequest.Builder request(URI uri, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
		if ("http".equals(uri.getScheme())) {
			// Node's HTTP server drops requests that offer a clear-text HTTP/2 upgrade (h2c).
			request.version(HttpClient.Version.HTTP_1_1);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private JsonNode send(String method, HttpRequest request) {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " could not reach " + service, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " was interrupted", e);
		}
		JsonNode body = parse(method, response);
		if (response.statusCode() / 100 != 2) {
			throw new XrpcException(method, response.statusCode(), text(body, "error"), text(body, "message"),
					retryAt(response));
		}
		return body;
	}

	private JsonNode parse(String method, HttpResponse<String> response) {
		String body = response.body();
		if (body == null || body.isBlank()) {
			return json.createObjectNode();
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			throw new XrpcException(method, response.statusCode(), "MalformedResponse",
					"the body is not JSON", null);
		}
	}

	private static @Nullable Instant retryAt(HttpResponse<?> response) {
		if (response.statusCode() != 429) {
			return null;
		}
		return response.headers().firstValue("ratelimit-reset").flatMap(XrpcClient::epochSeconds)
			.orElseGet(() -> Instant.now().plusSeconds(60));
	}

	private static java.util.Optional<Instant> epochSeconds(String value) {
		try {
			return java.util.Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static List<String> values(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
