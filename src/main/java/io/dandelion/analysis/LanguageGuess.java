package io.dandelion.analysis;

/** A language (ISO 639-1 or {@code und}), how sure, and why. */
record LanguageGuess(String language, double confidence, String reason) {

	static LanguageGuess undetermined(String why) {
		return new LanguageGuess(Analysis.UNDETERMINED, 0.0, "language und: " + why);
	}
}
