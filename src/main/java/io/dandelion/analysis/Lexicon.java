package io.dandelion.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Terms (single words or phrases) by kind and language, read from tab-separated resources
 * ({@code kind, language, term, weight}), matched word by word on folded tokens so that a term never
 * matches inside a longer word.
 */
final class Lexicon {

	/** One term of the lexicon. */
	record Term(String kind, String language, String text, List<String> words, double weight) {
	}

	/** A term found at {@code [start, end)} of the text. */
	record Match(Term term, int start, int end) {
	}

	private final Map<String, List<Term>> byFirstWord = new HashMap<>();

	static Lexicon load(String... resources) {
		var lexicon = new Lexicon();
		for (String resource : resources) {
			try (InputStream in = Objects.requireNonNull(Lexicon.class.getResourceAsStream(resource), resource);
					var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines().forEach(lexicon::addLine);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return lexicon;
	}

	private void addLine(String line) {
		if (line.isBlank() || line.startsWith("#")) {
			return;
		}
		String[] fields = line.split("\t");
		if (fields.length < 3) {
			throw new IllegalArgumentException("lexicon line needs kind, language and term: " + line);
		}
		double weight = fields.length > 3 ? Double.parseDouble(fields[3]) : 1.0;
		add(fields[0], fields[1], fields[2], weight);
	}

	void add(String kind, String language, String text, double weight) {
		List<String> words = Tokens.of(text).stream().map(Tokens.Token::folded).toList();
		if (!words.isEmpty()) {
			byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Term(kind, language, text, words, weight));
		}
	}

	/** Every term whose words appear consecutively among {@code tokens}. */
	List<Match> find(List<Tokens.Token> tokens) {
		List<Match> matches = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			for (Term term : byFirstWord.getOrDefault(tokens.get(i).folded(), List.of())) {
				if (startsAt(tokens, i, term.words())) {
					matches.add(new Match(term, tokens.get(i).start(), tokens.get(i + term.words().size() - 1).end()));
				}
			}
		}
		return withoutShadowed(matches);
	}

	/** Drops a match that repeats or lies inside another of the same kind ('marche pas' in 'ne marche pas'). */
	private static List<Match> withoutShadowed(List<Match> matches) {
		List<Match> kept = new ArrayList<>();
		for (Match match : matches) {
			boolean shadowed = matches.stream()
				.anyMatch(other -> other != match && other.term().kind().equals(match.term().kind())
						&& other.start() <= match.start() && match.end() <= other.end()
						&& (other.end() - other.start() > match.end() - match.start() || matches.indexOf(other) < matches.indexOf(match)));
			if (!shadowed) {
				kept.add(match);
			}
		}
		return kept;
	}

	private static boolean startsAt(List<Tokens.Token> tokens, int from, List<String> words) {
		if (from + words.size() > tokens.size()) {
			return false;
		}
		for (int k = 1; k < words.size(); k++) {
			if (!tokens.get(from + k).folded().equals(words.get(k))) {
				return false;
			}
		}
		return true;
	}
}
