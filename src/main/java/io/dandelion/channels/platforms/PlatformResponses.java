package io.dandelion.channels.platforms;

import io.dandelion.channels.platforms.PlatformException.Reason;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a platform's answer: the JSON body, or the failure it stands for. */
final class PlatformResponses {

	private PlatformResponses() {
	}

	static JsonNode read(String platform, String call, HttpResponse<String> response, JsonMapper json) {
		return read(platform, call, response, json, FailureReading.BY_STATUS);
	}

	static JsonNode read(String platform, String call, HttpResponse<String> response, JsonMapper json,
			FailureReading own) {
		int status = response.statusCode();
		JsonNode body = parse(response.body(), json);
		if (status / 100 == 2) {
			if (body == null) {
				throw new PlatformException(Reason.MALFORMED, status,
						platform + " answered " + call + " with a body that is not JSON", null);
			}
			return body;
		}
		var known = own.read(call, status, body, response.headers());
		if (known.isPresent()) {
			throw known.get();
		}
		String message = platform + " refused " + call + " with HTTP " + status + detail(body);
		Reason reason = switch (status) {
			case 401 -> Reason.UNAUTHORISED;
			case 404, 410 -> Reason.NOT_FOUND;
			case 429 -> Reason.RATE_LIMITED;
			default -> status >= 500 ? Reason.UNAVAILABLE : Reason.REJECTED;
		};
		Instant retryAt = reason == Reason.RATE_LIMITED ? retryAt(response).orElse(Instant.now().plusSeconds(60)) : null;
		throw new PlatformException(reason, status, message, retryAt);
	}

	private static @Nullable JsonNode parse(@Nullable String body, JsonMapper json) {
		if (body == null || body.isBlank()) {
			return json.createObjectNode();
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static String detail(@Nullable JsonNode body) {
		if (body == null) {
			return "";
		}
		for (String field : List.of("detail", "error_description", "message", "error", "title")) {
			JsonNode value = body.path(field);
			if (value.isString()) {
				return ": " + value.stringValue();
			}
			if (value.path("message").isString()) {
				return ": " + value.path("message").stringValue();
			}
		}
		return "";
	}

	/**
	 * When the platform lets us call again: X sends {@code x-rate-limit-reset} in epoch seconds, Mastodon
	 * {@code X-RateLimit-Reset} as a timestamp, Google and others {@code Retry-After} in seconds or as a date.
	 */
	static Optional<Instant> retryAt(HttpResponse<?> response) {
		Optional<String> reset = response.headers().firstValue("x-rate-limit-reset")
			.or(() -> response.headers().firstValue("x-ratelimit-reset"));
		if (reset.isPresent()) {
			return instant(reset.get());
		}
		return response.headers().firstValue("retry-after").flatMap(value -> {
			try {
				return Optional.of(Instant.now().plusSeconds(Long.parseLong(value.trim())));
			}
			catch (NumberFormatException e) {
				return httpDate(value);
			}
		});
	}

	private static Optional<Instant> instant(String value) {
		try {
			return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
		}
		catch (NumberFormatException e) {
			try {
				return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
			}
			catch (DateTimeParseException notIso) {
				return Optional.empty();
			}
		}
	}

	private static Optional<Instant> httpDate(String value) {
		try {
			return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
