package io.dandelion.bench;

import io.dandelion.analysis.TextAnalyzer;
import io.dandelion.analysis.TextToAnalyse;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The analysis's first answers as the server gives them: the analyser of the given languages (default the
 * demo organisation's twelve) starts loading their models in a background thread, as
 * {@code AnalyzerConfiguration} does once the application is ready, and a text is analysed at once, then
 * others as the loading goes on. Prints milliseconds since the JVM started. Run by {@code bench/first-answer.sh}.
 */
public final class AnalysisFirstAnswer {

	private AnalysisFirstAnswer() {
	}

	public static void main(String[] args) throws Exception {
		List<String> languages = List.of((args.length > 0 ? args[0] : "en,fr,nl,de,es,ca,pl,ro,ar,tr,uk,fa").split(","));
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		long created = System.currentTimeMillis();
		TextAnalyzer analyzer = TextAnalyzer.forLanguages(languages);
		Thread loading = new Thread(analyzer::prepare, "analysis-models");
		loading.start();
		long ready = System.currentTimeMillis();
		String first = analyzer.analyze(TextToAnalyse.of("Ma box ne marche plus depuis hier soir, pouvez-vous m'aider ?")).language();
		long firstAnswer = System.currentTimeMillis();
		String second = analyzer.analyze(TextToAnalyse.of("My internet has been down since yesterday, please help")).language();
		long secondAnswer = System.currentTimeMillis();
		loading.join();
		long loaded = System.currentTimeMillis();
		String third = analyzer.analyze(TextToAnalyse.of("Od wczoraj nie mam internetu, co się dzieje?")).language();
		long thirdAnswer = System.currentTimeMillis();
		System.out.printf("languages %s%n", String.join(",", languages));
		System.out.printf("JVM start to analyser created (lexicon and word lists read): %d ms%n", ready - jvmStart);
		System.out.printf("first answer (%s), models loading in the background: %d ms after JVM start, %d ms after the analyser%n", first,
				firstAnswer - jvmStart, firstAnswer - ready);
		System.out.printf("second answer (%s): %d ms after JVM start%n", second, secondAnswer - jvmStart);
		System.out.printf("all models loaded: %d ms after JVM start (%d ms of loading)%n", loaded - jvmStart, loaded - ready);
		System.out.printf("an answer after loading (%s): %d ms%n", third, thirdAnswer - loaded);
		System.out.printf("(analyser construction began %d ms after JVM start)%n", created - jvmStart);
	}
}
