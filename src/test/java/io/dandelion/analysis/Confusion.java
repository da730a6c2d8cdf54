package io.dandelion.analysis;

import java.util.Locale;

/** Counts of a yes/no detector against labels, with precision, recall and F1. */
final class Confusion {

	private int truePositives;

	private int falsePositives;

	private int falseNegatives;

	private int trueNegatives;

	void count(boolean expected, boolean actual) {
		if (expected && actual) {
			truePositives++;
		}
		else if (actual) {
			falsePositives++;
		}
		else if (expected) {
			falseNegatives++;
		}
		else {
			trueNegatives++;
		}
	}

	double precision() {
		return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
	}

	double recall() {
		return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	String row(String name) {
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d | %d |", name, precision(), recall(), f1(),
				truePositives, falsePositives, falseNegatives, trueNegatives);
	}
}
