package io.dandelion.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationBinsTests {

	@Test
	void putsABoundaryIntoTheBinItOpens() {
		assertThat(DurationBins.binOf(Duration.ofSeconds(0))).isZero();
		assertThat(DurationBins.binOf(Duration.ofSeconds(59))).isZero();
		assertThat(DurationBins.binOf(Duration.ofSeconds(60))).isEqualTo(1);
		assertThat(DurationBins.binOf(Duration.ofDays(30))).isEqualTo(DurationBins.COUNT - 1);
	}

	@Test
	void readsNearestRankPercentilesAsTheMeanOfTheBinHoldingThem() {
		long[] samples = new long[DurationBins.COUNT];
		double[] seconds = new double[DurationBins.COUNT];
		// 10, 20 and 50 s share bin 0 (mean 80/3); 240 s lies alone in bin 3
		for (long value : new long[] { 10, 20, 50, 240 }) {
			int bin = DurationBins.binOf(Duration.ofSeconds(value));
			samples[bin]++;
			seconds[bin] += value;
		}

		assertThat(DurationBins.quantile(samples, seconds, 50)).isEqualTo(80.0 / 3);
		assertThat(DurationBins.quantile(samples, seconds, 75)).isEqualTo(80.0 / 3);
		assertThat(DurationBins.quantile(samples, seconds, 90)).isEqualTo(240.0);
	}

	@Test
	void hasNoPercentileWithoutSamples() {
		assertThat(DurationBins.quantile(new long[DurationBins.COUNT], new double[DurationBins.COUNT], 50)).isNull();
	}
}
