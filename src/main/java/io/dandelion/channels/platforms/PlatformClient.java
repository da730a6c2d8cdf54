package io.dandelion.channels.platforms;

import io.dandelion.channels.platforms.PlatformException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP with a bearer token: renews the token once when the platform answers 401, and turns
 * every other failure into a {@link PlatformException}.
 */
public class PlatformClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final String platform;

	private final URI base;

	private final HttpClient http;

	private final JsonMapper json;

	private final AccessToken token;

	private final FailureReading failures;

	public PlatformClient(String platform, URI base, HttpClient http, JsonMapper json, AccessToken token) {
		this(platform, base, http, json, token, FailureReading.BY_STATUS);
	}

	private PlatformClient(String platform, URI base, HttpClient http, JsonMapper json, AccessToken token,
			FailureReading failures) {
		this.platform = platform;
		this.base = base;
		this.http = http;
		this.json = json;
		this.token = token;
		this.failures = failures;
	}

	/** This client, reading failed answers the platform's own way first. */
	public PlatformClient readingFailures(FailureReading reading) {
		return new PlatformClient(platform, base, http, json, token, reading);
	}

	public JsonMapper json() {
		return json;
	}

	public JsonNode get(String path, Map<String, ?> query) {
		return send("GET", path, query, null);
	}

	/** Sends a request; a body is sent as JSON, or as a form when it is a {@link Form}. */
	public JsonNode send(String method, String path, Map<String, ?> query, @Nullable Object body) {
		HttpResponse<String> response = exchange(method, path, query, body, token.current());
		if (response.statusCode() == 401) {
			response = exchange(method, path, query, body, token.renew());
		}
		return PlatformResponses.read(platform, method + " " + path, response, json, failures);
	}

	/** Form fields to send as {@code application/x-www-form-urlencoded}. */
	public record Form(Map<String, String> fields) {
	}

	private HttpResponse<String> exchange(String method, String path, Map<String, ?> query, @Nullable Object body,
			String bearer) {
		String encoded = query.entrySet().stream().flatMap(e -> values(e.getValue()).stream()
				.map(v -> encode(e.getKey()) + "=" + encode(v))).collect(Collectors.joining("&"));
		URI uri = base.resolve(path + (encoded.isEmpty() ? "" : "?" + encoded));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
			.version(HttpClient.Version.HTTP_1_1)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + bearer);
		if (body instanceof Form form) {
			request.header("Content-Type", "application/x-www-form-urlencoded").method(method,
					HttpRequest.BodyPublishers.ofString(form(form.fields())));
		}
		else if (body != null) {
			request.header("Content-Type", "application/json").method(method,
					HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new PlatformException(Reason.UNAVAILABLE, 0, platform + " could not be reached: " + e.getMessage(),
					null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PlatformException(Reason.UNAVAILABLE, 0, "interrupted while calling " + platform, null);
		}
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static List<String> values(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
