package io.dandelion.channels.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One open dead letter as the page shows it, with its channel's platform and handle. */
public record DeadLetterRow(String id, String channel, String platform, String handle, Instant receivedAt,
		String reason, @Nullable Integer line, boolean verified, String payload) {
}
