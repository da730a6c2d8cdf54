package io.dandelion.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Abuse detection and language detection on our labelled set, against word-for-word matching of the LDNOOBW
 * list (any of its words, in any language, as a whole word). Writes the table quoted in docs/quality.md to
 * target/quality/abuse.md.
 */
class AbuseQualityTests {

	static final LabelledTexts SET = LabelledTexts.load();

	@Test
	void beatsWordForWordMatchingOfTheLdnoobwList() throws IOException {
		Lexicon ldnoobw = Lexicon.load("/analysis/wordlists/ldnoobw.tsv");
		Confusion ours = new Confusion();
		Confusion baseline = new Confusion();
		Map<String, int[]> languages = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		for (LabelledTexts.Labelled labelled : SET.texts()) {
			Analysis analysis = Analyzers.analyze(labelled.text());
			ours.count(labelled.abusive(), analysis.abusive().value());
			baseline.count(labelled.abusive(), !ldnoobw.find(Tokens.of(labelled.text())).isEmpty());
			int[] right = languages.computeIfAbsent(labelled.language(), l -> new int[2]);
			right[1]++;
			if (analysis.language().equals(labelled.language())) {
				right[0]++;
			}
			if (labelled.abusive() != analysis.abusive().value()) {
				misses.add("- " + (labelled.abusive() ? "missed" : "false alarm") + ": " + labelled.text() + " " + analysis.abusive().reasons());
			}
		}
		int correct = languages.values().stream().mapToInt(r -> r[0]).sum();
		double languageAccuracy = (double) correct / SET.texts().size();
		write(ours, baseline, languages, languageAccuracy, misses);

		assertThat(ours.f1()).isGreaterThan(baseline.f1() + 0.25);
		assertThat(ours.precision()).isGreaterThanOrEqualTo(0.85);
		assertThat(ours.recall()).isGreaterThanOrEqualTo(0.8);
		assertThat(languageAccuracy).isGreaterThanOrEqualTo(0.85);
	}

	private static void write(Confusion ours, Confusion baseline, Map<String, int[]> languages, double accuracy, List<String> misses)
			throws IOException {
		var report = new StringBuilder();
		report.append("Labelled texts: ").append(SET.texts().size()).append(" (")
			.append(SET.texts().stream().filter(LabelledTexts.Labelled::abusive).count()).append(" abusive)\n\n");
		report.append("| detector | precision | recall | F1 | TP | FP | FN | TN |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
		report.append(ours.row("Dandelion abuse")).append('\n').append(baseline.row("LDNOOBW word for word")).append("\n\n");
		report.append(String.format(Locale.ROOT, "Language accuracy: %.3f (", accuracy));
		languages.forEach((language, right) -> report.append(language).append(' ').append(right[0]).append('/').append(right[1]).append(", "));
		report.setLength(report.length() - 2);
		report.append(")\n\nDisagreements with the labels:\n\n").append(String.join("\n", misses)).append('\n');
		Path out = Path.of("target/quality/abuse.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}
}
