package io.dandelion.channels.platforms;

import java.net.http.HttpHeaders;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A platform's own reading of a failed answer, asked before the reading by HTTP status alone: some
 * platforms (Meta's Graph API) say what went wrong in the body's error code, not in the status.
 */
@FunctionalInterface
public interface FailureReading {

	/** The failure the answer stands for, or empty to fall back on the HTTP status. */
	Optional<PlatformException> read(String call, int status, @Nullable JsonNode body, HttpHeaders headers);

	/** Reads by HTTP status only. */
	FailureReading BY_STATUS = (call, status, body, headers) -> Optional.empty();
}
