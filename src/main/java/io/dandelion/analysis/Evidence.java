package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.Flag;
import java.util.ArrayList;
import java.util.List;

/** Independent pieces of evidence, each a probability with its reason, combined into one score between 0 and 1. */
final class Evidence {

	private double none = 1;

	private final List<String> reasons = new ArrayList<>();

	void add(double weight, String reason) {
		none *= 1 - Math.min(1, Math.max(0, weight));
		reasons.add(reason);
	}

	double score() {
		return Math.round((1 - none) * 1000) / 1000.0;
	}

	Flag flag(double threshold) {
		return new Flag(score() >= threshold, score(), reasons);
	}
}
