package io.dandelion.analytics;

import org.jspecify.annotations.Nullable;

/**
 * A duration's statistics for one value of a report's dimension, in seconds (the mean is exact, the median
 * and 90th percentile are read from {@code DurationBins}' bins), and how many samples missed their SLA
 * target: {@code attainmentPercent} is the share that did not.
 */
public record DurationRow(String key, String label, long samples, @Nullable Double meanSeconds,
		@Nullable Double medianSeconds, @Nullable Double p90Seconds, long breached) {

	public @Nullable Double attainmentPercent() {
		return samples == 0 ? null : 100.0 * (samples - breached) / samples;
	}
}
