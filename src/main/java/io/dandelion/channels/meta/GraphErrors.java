package io.dandelion.channels.meta;

import io.dandelion.channels.platforms.FailureReading;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Graph API says what failed in the body ({@code error.code}, {@code error.error_subcode}), mostly
 * with HTTP 400 whatever it is: an expired token, a throttled app, a vanished comment. This reads the
 * codes of Meta's error-handling guide; a code it does not know falls back on the HTTP status.
 */
final class GraphErrors implements FailureReading {

	/** Throttling: app (4), user (17), Page (32), custom (613), application limit (341). */
	static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 341, 613);

	/** How long to wait when a throttled answer carries no estimate. */
	static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

	private final JsonMapper json;

	private final Clock clock;

	GraphErrors(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Optional<PlatformException> read(String call, int status, @Nullable JsonNode body, HttpHeaders headers) {
		JsonNode error = body == null ? null : body.path("error");
		if (error == null || !error.path("code").isNumber()) {
			return Optional.empty();
		}
		int code = error.path("code").asInt();
		int subcode = error.path("error_subcode").asInt(0);
		String message = "Meta refused " + call + " with Graph error " + code + (subcode == 0 ? "" : "/" + subcode)
				+ ": " + error.path("message").asString("");
		if (code == 190 || code == 102) {
			return failure(Reason.UNAUTHORISED, status,
					message + " (the token expired or was revoked: connect the account again)", null);
		}
		if (THROTTLED.contains(code) || code >= 80001 && code <= 80014) {
			return failure(Reason.RATE_LIMITED, status, message, regainAccess(headers));
		}
		if (code == 1 || code == 2) {
			return failure(Reason.UNAVAILABLE, status, message, null);
		}
		if (code == 100 && subcode == 33) {
			return failure(Reason.NOT_FOUND, status, message, null);
		}
		if (code == 3 || code == 10 || code >= 200 && code <= 299 || code == 368 || code == 506) {
			return failure(Reason.REJECTED, status, message, null);
		}
		return Optional.empty();
	}

	/**
	 * When Meta lets the app call again: the largest {@code estimated_time_to_regain_access} (minutes) of
	 * the {@code X-Business-Use-Case-Usage} header, else {@link #DEFAULT_WAIT} from now.
	 */
	Instant regainAccess(HttpHeaders headers) {
		long minutes = 0;
		for (String header : headers.allValues("x-business-use-case-usage")) {
			try {
				for (JsonNode business : json.readTree(header)) {
					for (JsonNode usage : business) {
						minutes = Math.max(minutes, usage.path("estimated_time_to_regain_access").asLong(0));
					}
				}
			}
			catch (JacksonException e) {
				// an unreadable estimate: wait the default
			}
		}
		return clock.instant().plus(minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_WAIT);
	}

	private static Optional<PlatformException> failure(Reason reason, int status, String message,
			@Nullable Instant retryAt) {
		return Optional.of(new PlatformException(reason, status, message, retryAt));
	}
}
