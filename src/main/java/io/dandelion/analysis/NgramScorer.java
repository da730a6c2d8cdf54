package io.dandelion.analysis;

import io.dandelion.analysis.NgramTable.Model;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a text against candidate languages with their letter n-grams: for every letter of every word and
 * every length from 1 to 5, the log probability of the n-gram starting there, or, where the language never
 * showed it, of its longest prefix that it did show minus a back-off penalty. One hash is computed per
 * n-gram and shared by every language; a language stops being probed at a position once a prefix is
 * unknown to it (a longer n-gram cannot be known either). With many candidates (the 49 Latin-script
 * languages), a first pass reads only n-grams of 1 to 3 letters, whose tables stay in the processor's
 * cache, and only the {@link #FINALISTS} best of it are scored in full. Tables load on first need, in
 * parallel.
 */
final class NgramScorer {

	/** The log probability of a letter the language never showed. */
	static final float UNKNOWN_LETTER = -14;

	/** What falling back to a shorter n-gram costs, per letter missing (log). */
	static final float BACK_OFF = -1.5f;

	/** How many languages of the first pass are scored in full; the others score minus infinity. */
	static final int FINALISTS = 6;

	/** How many recent texts keep their scores (short texts repeat: thanks, greetings, one-word answers). */
	private static final int SEEN_MAXIMUM = 8192;

	private final Map<String, Model> models = new ConcurrentHashMap<>();

	private final Map<Seen, Scores> seen = new ConcurrentHashMap<>();

	/**
	 * Scores of a text for each of the languages asked, in that order ({@link Double#NEGATIVE_INFINITY} for a
	 * language the first pass left out), and how far its words agree on each ({@link #agreement}).
	 *
	 * @param agreement for each language scored in full: the score differences of the words that favour it
	 *        over its best rival among the languages scored in full, divided by the sum of those differences'
	 *        absolute values: 1 when every word agrees, about 0.5 when half the evidence points elsewhere (a
	 *        text written half in each of two languages); 0 for a language left out
	 */
	record Scores(double[] sums, double[] agreement) {
	}

	/**
	 * Scores of {@code text} for each of {@code languages}; the languages of {@code kept} (those the context
	 * names) are always scored in full. A text seen lately ('Thank you!', 'Merci beaucoup') is scored once.
	 */
	Scores score(String text, List<String> languages, Set<String> kept) {
		var key = new Seen(text, languages, kept);
		Scores scores = seen.get(key);
		if (scores == null) {
			boolean[] keep = new boolean[languages.size()];
			for (int i = 0; i < keep.length; i++) {
				keep[i] = kept.contains(languages.get(i));
			}
			scores = score(text, models(languages), FINALISTS, keep);
			if (seen.size() >= SEEN_MAXIMUM) {
				seen.clear();
			}
			seen.put(key, scores);
		}
		return new Scores(scores.sums().clone(), scores.agreement().clone());
	}

	/** The models of {@code languages}, loading the missing ones in parallel. */
	Model[] models(List<String> languages) {
		if (!models.keySet().containsAll(languages)) {
			languages.parallelStream().forEach(this::model);
		}
		return languages.stream().map(this::model).toArray(Model[]::new);
	}

	/** The languages whose models are loaded. */
	Set<String> loaded() {
		return Set.copyOf(models.keySet());
	}

	private Model model(String language) {
		return models.computeIfAbsent(language, NgramTable::load);
	}

	/** A log-likelihood for each model, in the same order: higher is likelier. */
	static double[] score(String text, Model[] models) {
		return score(text, models, models.length, new boolean[models.length]).sums();
	}

	/**
	 * Scores for each model, in the same order; with more than {@code finalists} models, only the
	 * {@code finalists} best by n-grams of 1 to 3 letters, and those marked in {@code keep}, are scored in
	 * full, the others get minus infinity.
	 */
	static Scores score(String text, Model[] models, int finalists, boolean[] keep) {
		Ngrams ngrams = Ngrams.of(lowerCaseLetters(text));
		boolean[] full = keep.clone();
		if (models.length <= finalists) {
			Arrays.fill(full, true);
		}
		else {
			double[] first = new double[models.length];
			for (int t = 0; t < models.length; t++) {
				first[t] = ngrams.score(models[t], NgramTable.SHORT);
			}
			double[] sorted = first.clone();
			Arrays.sort(sorted);
			double threshold = sorted[sorted.length - finalists];
			for (int t = 0, taken = 0; t < models.length && taken < finalists; t++) {
				if (first[t] >= threshold) {
					full[t] = true;
					taken++;
				}
			}
		}
		int[] scored = java.util.stream.IntStream.range(0, models.length).filter(t -> full[t]).toArray();
		int k = scored.length;
		double[] sums = new double[models.length];
		Arrays.fill(sums, Double.NEGATIVE_INFINITY);
		double[] totals = new double[k];
		double[] word = new double[k];
		double[] favouring = new double[k];
		double[] against = new double[k];
		for (int p = 0; p <= ngrams.count; p++) {
			if (p == ngrams.count || ngrams.wordStart[p] && p > 0) {
				int top = 0;
				int runnerUp = -1;
				for (int i = 1; i < k; i++) {
					if (word[i] > word[top]) {
						runnerUp = top;
						top = i;
					}
					else if (runnerUp < 0 || word[i] > word[runnerUp]) {
						runnerUp = i;
					}
				}
				for (int i = 0; i < k && runnerUp >= 0; i++) {
					double margin = word[i] - word[i == top ? runnerUp : top];
					if (margin > 0) {
						favouring[i] += margin;
					}
					else {
						against[i] -= margin;
					}
				}
				Arrays.fill(word, 0);
			}
			if (p < ngrams.count) {
				for (int i = 0; i < k; i++) {
					double value = ngrams.position(models[scored[i]], p, NgramTable.LONGEST);
					word[i] += value;
					totals[i] += value;
				}
			}
		}
		double[] agreement = new double[models.length];
		for (int i = 0; i < k; i++) {
			sums[scored[i]] = totals[i];
			double evidence = favouring[i] + against[i];
			agreement[scored[i]] = evidence == 0 ? 1 : favouring[i] / evidence;
		}
		return new Scores(sums, agreement);
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

	/** The hashes of the n-grams (1 to 5 letters, within a word) starting at each letter, computed once. */
	private static final class Ngrams {

		final long[] hashes;

		final int[] orders;

		final boolean[] wordStart;

		final int count;

		private Ngrams(long[] hashes, int[] orders, boolean[] wordStart, int count) {
			this.hashes = hashes;
			this.orders = orders;
			this.wordStart = wordStart;
			this.count = count;
		}

		static Ngrams of(char[] letters) {
			int positions = 0;
			for (char letter : letters) {
				if (letter != 0) {
					positions++;
				}
			}
			long[] hashes = new long[positions * NgramTable.LONGEST];
			int[] orders = new int[positions];
			boolean[] wordStart = new boolean[positions];
			int p = 0;
			for (int i = 0; i < letters.length; i++) {
				if (letters[i] == 0) {
					continue;
				}
				wordStart[p] = i == 0 || letters[i - 1] == 0;
				long hash = NgramTable.start();
				int n = 0;
				for (int j = i; j < letters.length && letters[j] != 0 && n < NgramTable.LONGEST; j++) {
					hash = NgramTable.extend(hash, letters[j]);
					hashes[p * NgramTable.LONGEST + n++] = hash;
				}
				orders[p++] = n;
			}
			return new Ngrams(hashes, orders, wordStart, positions);
		}

		double score(Model model, int longest) {
			double sum = 0;
			for (int p = 0; p < count; p++) {
				sum += position(model, p, longest);
			}
			return sum;
		}

		/** The n-grams starting at position {@code p}, up to {@code longest} letters long. */
		double position(Model model, int p, int longest) {
			int orders = Math.min(this.orders[p], longest);
			int base = p * NgramTable.LONGEST;
			double sum = 0;
			float last = UNKNOWN_LETTER;
			int known = 0;
			while (known < orders) {
				float value = model.logProbability(hashes[base + known], known + 1);
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
	}

	private record Seen(String text, List<String> languages, Set<String> kept) {
	}
}
