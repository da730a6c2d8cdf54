package io.dandelion.analysis;

import java.util.List;

/** One analyser for the whole test run: Lingua's models load once. */
final class Analyzers {

	/** The languages of the demo organisation. */
	static final List<String> DEMO_LANGUAGES = List.of("en", "fr", "nl", "de", "es", "ca", "pl", "ro", "ar", "tr", "uk", "fa");

	static final TextAnalyzer DEMO = TextAnalyzer.forLanguages(DEMO_LANGUAGES);

	private Analyzers() {
	}

	static Analysis analyze(String text) {
		return DEMO.analyze(TextToAnalyse.of(text));
	}

	static Analysis analyzeInUnit(String text, String... unitLanguages) {
		return DEMO.analyze(new TextToAnalyse(text, List.of(unitLanguages), null, null, null, null));
	}
}
