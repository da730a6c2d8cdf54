package io.dandelion.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What is known before reading a text: the unit's languages (most used first), the conversation's and the
 * author's language so far, and languages that words of the text point at (a 'merci', a 'gracias').
 */
record LanguagePriors(List<String> unit, @Nullable String conversation, @Nullable String author, Set<String> wordHints,
		boolean wordsDecide) {

	LanguagePriors {
		unit = List.copyOf(unit);
		wordHints = Set.copyOf(wordHints);
	}

	static LanguagePriors none() {
		return new LanguagePriors(List.of(), null, null, Set.of(), false);
	}

	/** How much more likely {@code language} is made by what is known (1 when nothing speaks for it). */
	double weightOf(String language) {
		double weight = 1;
		int rank = unit.indexOf(language);
		if (rank >= 0) {
			weight *= rank == 0 ? 3 : 2;
		}
		if (language.equals(conversation)) {
			weight *= 4;
		}
		if (language.equals(author)) {
			weight *= 3;
		}
		if (wordHints.contains(language)) {
			weight *= wordsDecide ? 50 : 8;
		}
		return weight;
	}

	/** Every language a prior names, so that it can be considered even outside the configured ones. */
	Set<String> languages() {
		var all = new LinkedHashSet<String>(unit);
		if (conversation != null) {
			all.add(conversation);
		}
		if (author != null) {
			all.add(author);
		}
		all.addAll(wordHints);
		return all;
	}

	String describe() {
		var parts = new ArrayList<String>();
		if (!unit.isEmpty()) {
			parts.add("unit " + String.join("/", unit));
		}
		if (conversation != null) {
			parts.add("conversation " + conversation);
		}
		if (author != null) {
			parts.add("author " + author);
		}
		if (!wordHints.isEmpty()) {
			parts.add("words " + String.join("/", new TreeSet<>(wordHints)));
		}
		return parts.isEmpty() ? "no priors" : "priors: " + String.join(", ", parts);
	}
}
