package io.dandelion.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Customers' messages per sentiment bucket in one period bucket; {@code netPercent} is positive minus
 * negative over the classified ones (null when none is classified yet).
 */
public record SentimentRow(String key, long positive, long neutral, long negative, long unknown) {

	public @Nullable Double netPercent() {
		long classified = positive + neutral + negative;
		return classified == 0 ? null : 100.0 * (positive - negative) / classified;
	}
}
