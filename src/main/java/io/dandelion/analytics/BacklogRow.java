package io.dandelion.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Conversations waiting for resolution (open: for the organisation, pending: for the customer) for one
 * value of the report's dimension, and how long they have waited since the customer message that opened
 * their current cycle: mean, nearest-rank median and 90th percentile, and the oldest, in seconds.
 */
public record BacklogRow(String key, String label, long open, long pending, @Nullable Double meanAgeSeconds,
		@Nullable Double medianAgeSeconds, @Nullable Double p90AgeSeconds, @Nullable Double oldestAgeSeconds) {

	public long total() {
		return open + pending;
	}
}
