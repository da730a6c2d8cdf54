package io.dandelion.analytics;

import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fixed bins for durations (first response, resolution), finer where service levels are usually set.
 * A report sums samples and their seconds per bin over its period: means are exact, medians and
 * percentiles are read from the bins (see {@link #quantile}).
 */
final class DurationBins {

	/** Upper bounds in seconds of bins 0..n-2; the last bin is open-ended. */
	static final long[] UPPER_BOUNDS = { 60, 120, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200, 10800, 14400,
			21600, 28800, 43200, 64800, 86400, 129600, 172800, 259200, 432000, 604800 };

	static final int COUNT = UPPER_BOUNDS.length + 1;

	private DurationBins() {
	}

	static int binOf(Duration duration) {
		long seconds = Math.max(0, duration.getSeconds());
		int index = Arrays.binarySearch(UPPER_BOUNDS, seconds);
		return index >= 0 ? index + 1 : -index - 1;
	}

	/**
	 * The nearest-rank {@code percent} (1..100) percentile of the samples counted per bin, in seconds, or null
	 * without samples: the sample of rank ceil(percent / 100 * n) lies in some bin, and the mean of that bin's
	 * samples stands in for it. Exact when the bin holds one sample (or equal ones), never further off than
	 * the bin's width.
	 */
	static @Nullable Double quantile(long[] samples, double[] totalSeconds, int percent) {
		long n = Arrays.stream(samples).sum();
		if (n == 0) {
			return null;
		}
		long rank = Math.max(1, (percent * n + 99) / 100);
		long before = 0;
		for (int bin = 0; bin < samples.length; bin++) {
			before += samples[bin];
			if (before >= rank) {
				return totalSeconds[bin] / samples[bin];
			}
		}
		throw new IllegalStateException("unreachable: the rank lies within the samples");
	}
}
