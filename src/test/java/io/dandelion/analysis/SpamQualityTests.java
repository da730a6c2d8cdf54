package io.dandelion.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Spam detection on our labelled multilingual set (src/test/resources/analysis/spam-labelled.tsv): bait and
 * follower schemes in 13 languages against customers' messages that also hold links, prices, mentions and
 * words such as 'free' or 'giveaway'. Writes the table quoted in docs/quality.md to target/quality/spam.md.
 */
class SpamQualityTests {

	record Labelled(String language, boolean spam, String text) {
	}

	@Test
	void findsSpamInEveryLanguageOfTheSetWithoutFlaggingCustomers() throws IOException {
		List<Labelled> set = load();
		Confusion confusion = new Confusion();
		List<String> misses = new ArrayList<>();
		for (Labelled labelled : set) {
			Analysis analysis = Analyzers.analyze(labelled.text());
			confusion.count(labelled.spam(), analysis.spam().value());
			if (labelled.spam() != analysis.spam().value()) {
				misses.add("- " + (labelled.spam() ? "missed" : "false alarm") + " (" + labelled.language() + "): " + labelled.text()
						+ " " + analysis.spam().reasons());
			}
		}
		Path out = Path.of("target/quality/spam.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, "Labelled texts: " + set.size() + " (" + set.stream().filter(Labelled::spam).count() + " spam)\n\n"
				+ "| detector | precision | recall | F1 | TP | FP | FN | TN |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
				+ confusion.row("Dandelion spam") + "\n\nDisagreements with the labels:\n\n" + String.join("\n", misses) + "\n");

		assertThat(confusion.precision()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
		assertThat(confusion.recall()).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.85);
	}

	private static List<Labelled> load() throws IOException {
		try (var reader = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(SpamQualityTests.class.getResourceAsStream("/analysis/spam-labelled.tsv")), StandardCharsets.UTF_8))) {
			return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
				String[] f = l.split("\t", 3);
				return new Labelled(f[0], f[1].equals("1"), f[2]);
			}).toList();
		}
	}
}
