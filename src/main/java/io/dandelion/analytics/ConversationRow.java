package io.dandelion.analytics;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One conversation behind a report's number, as analytics knows it: where it came in, its status, when
 * the customer first wrote, when the organisation first answered (and after how many seconds), when it was
 * last resolved, who works it, and whether an SLA target was missed.
 */
public record ConversationRow(String conversation, String unit, String channel, String platform, String language,
		String status, @Nullable Instant firstInboundAt, @Nullable Instant firstResponseAt,
		@Nullable Double firstResponseSeconds, @Nullable Instant resolvedAt, String team, String agent, String agency,
		boolean firstResponseBreached, boolean resolutionBreached) {
}
