package io.dandelion.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a text against candidate languages with their letter n-grams: for every letter of every word and
 * every length from 1 to 5, the log probability of the n-gram starting there, or, where the language never
 * showed it, of its longest prefix that it did show minus a back-off penalty. One hash is computed per
 * n-gram and shared by every language; a language stops being probed at a position once a prefix is
 * unknown to it (a longer n-gram cannot be known either). Tables load on first need, in parallel.
 */
final class NgramScorer {

	/** The log probability of a letter the language never showed. */
	static final float UNKNOWN_LETTER = -14;

	/** What falling back to a shorter n-gram costs, per letter missing (log). */
	static final float BACK_OFF = -1.5f;

	/** How many recent texts keep their scores (short texts repeat: thanks, greetings, one-word answers). */
	private static final int SEEN_MAXIMUM = 8192;

	private final Map<String, NgramTable> tables = new ConcurrentHashMap<>();

	private final Map<Seen, double[]> seen = new ConcurrentHashMap<>();

	/**
	 * Scores of {@code text} for each of {@code languages}, in that order; a text seen lately ('Thank you!',
	 * 'Merci beaucoup') is scored once.
	 */
	double[] score(String text, List<String> languages) {
		var key = new Seen(text, languages);
		double[] scores = seen.get(key);
		if (scores == null) {
			scores = score(text, tables(languages));
			if (seen.size() >= SEEN_MAXIMUM) {
				seen.clear();
			}
			seen.put(key, scores);
		}
		return scores.clone();
	}

	/** The tables of {@code languages}, loading the missing ones in parallel. */
	NgramTable[] tables(List<String> languages) {
		if (!tables.keySet().containsAll(languages)) {
			languages.parallelStream().forEach(this::table);
		}
		return languages.stream().map(this::table).toArray(NgramTable[]::new);
	}

	/** The languages whose tables are loaded. */
	Set<String> loaded() {
		return Set.copyOf(tables.keySet());
	}

	private NgramTable table(String language) {
		return tables.computeIfAbsent(language, NgramTable::load);
	}

	/** A log-likelihood for each table, in the same order: higher is likelier. */
	static double[] score(String text, NgramTable[] tables) {
		char[] letters = lowerCaseLetters(text);
		double[] sums = new double[tables.length];
		long[] hashes = new long[NgramTable.LONGEST];
		for (int i = 0; i < letters.length; i++) {
			if (letters[i] == 0) {
				continue;
			}
			int orders = 0;
			long hash = NgramTable.start();
			for (int j = i; j < letters.length && letters[j] != 0 && orders < NgramTable.LONGEST; j++) {
				hash = NgramTable.extend(hash, letters[j]);
				hashes[orders++] = hash;
			}
			for (int t = 0; t < tables.length; t++) {
				sums[t] += position(tables[t], hashes, orders);
			}
		}
		return sums;
	}

	private static double position(NgramTable table, long[] hashes, int orders) {
		double sum = 0;
		float last = UNKNOWN_LETTER;
		int known = 0;
		while (known < orders) {
			float value = table.logProbability(hashes[known]);
			if (value == NgramTable.ABSENT) {
				break;
			}
			last = value;
			sum += value;
			known++;
		}
		for (int missing = 1; known < orders; known++, missing++) {
			sum += last + BACK_OFF * missing;
		}
		return sum;
	}

	/**
	 * Lower-case letters, with 0 where anything else stood: word boundaries, and also combining marks such as
	 * Devanagari vowel signs, which split the letters of Lingua's models in the same way.
	 */
	static char[] lowerCaseLetters(String text) {
		char[] letters = new char[text.length()];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			letters[i] = Character.isLetter(c) || Character.isSurrogate(c) ? Character.toLowerCase(c) : 0;
		}
		return letters;
	}

	private record Seen(String text, List<String> languages) {
	}
}
