package io.dandelion.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Our labelled short social texts (src/test/resources/analysis/abuse-labelled.tsv). */
record LabelledTexts(List<Labelled> texts) {

	/** A text with its language and whether it is abusive. */
	record Labelled(String language, boolean abusive, String text) {
	}

	static LabelledTexts load() {
		try (var reader = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(LabelledTexts.class.getResourceAsStream("/analysis/abuse-labelled.tsv")), StandardCharsets.UTF_8))) {
			return new LabelledTexts(reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
				String[] f = l.split("\t", 3);
				return new Labelled(f[0], f[1].equals("1"), f[2]);
			}).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
