package io.dandelion.analytics;

import org.jspecify.annotations.Nullable;

/**
 * A duration's statistics for one value of a report's dimension, in seconds: the mean is exact, the
 * median and 90th percentile are interpolated inside {@code DurationBins}' bins.
 */
public record DurationRow(String key, String label, long samples, @Nullable Double meanSeconds,
		@Nullable Double medianSeconds, @Nullable Double p90Seconds) {
}
