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
import java.util.regex.Pattern;

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

	/** Kinds whose single words are also looked for in disguise. */
	private static final java.util.Set<String> DISGUISABLE = java.util.Set.of("profanity", "insult", "demeaning");

	/** A listed spelling with l33t signs in it ('a$$', 'sh!t'): a disguise of a word rather than a word. */
	private static final Pattern SPELLED_IN_DISGUISE = Pattern.compile("[$@!+*_|]");

	private final Map<String, List<Term>> byFirstWord = new HashMap<>();

	private final Map<String, List<Term>> bySquashedWord = new HashMap<>();

	private final Map<Integer, List<Term>> byLength = new HashMap<>();

	private final Map<String, List<Term>> insultsByLanguage = new HashMap<>();

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
		if (SPELLED_IN_DISGUISE.matcher(text).find()) {
			// 'a$$', 'b!tch': folding would leave another word ('a'); Obfuscation reveals such spellings instead
			return;
		}
		List<String> words = Tokens.of(text).stream().map(Tokens.Token::folded).toList();
		if (words.isEmpty()) {
			return;
		}
		Term term = new Term(kind, language, text, words, weight);
		byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(term);
		if (words.size() == 1 && DISGUISABLE.contains(kind) && words.get(0).length() >= 3) {
			bySquashedWord.computeIfAbsent(Obfuscation.squash(words.get(0)), w -> new ArrayList<>()).add(term);
			byLength.computeIfAbsent(words.get(0).length(), n -> new ArrayList<>()).add(term);
			if (!kind.equals("profanity") && words.get(0).length() >= 4) {
				insultsByLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(term);
			}
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

	/**
	 * Insults with a case or person ending of {@code language} that the list does not spell out ('idiotów',
	 * 'kretynie', 'salaksın'): a word that starts with the insult's stem and ends a few letters later.
	 */
	List<Match> findInflected(List<Tokens.Token> tokens, String language) {
		int reach = language.equals("tr") ? 8 : 4;
		List<Match> matches = new ArrayList<>();
		for (Tokens.Token token : tokens) {
			if (byFirstWord.containsKey(token.folded())) {
				continue;
			}
			for (Term term : insultsByLanguage.getOrDefault(language, List.of())) {
				String stem = term.words().get(0).replaceAll("[aeiouy]+$", "");
				if (stem.length() >= 4 && token.folded().startsWith(stem) && token.folded().length() - stem.length() <= reach) {
					matches.add(new Match(term, token.start(), token.end()));
					break;
				}
			}
		}
		return matches;
	}

	/** Terms that disguised words of the text stand for ('f*ck', 'sh1t', 'f.u.c.k', 'fuuuck'). */
	List<Match> findDisguised(String text) {
		List<Match> matches = new ArrayList<>();
		for (Obfuscation.Revealed word : Obfuscation.reveal(text)) {
			List<Term> terms = word.hasWildcard() ? masked(word.word()) : bySquashedWord.getOrDefault(Obfuscation.squash(word.word()), List.of());
			terms.forEach(term -> matches.add(new Match(term, word.start(), word.end())));
		}
		return withoutShadowed(matches);
	}

	private List<Term> masked(String word) {
		long shown = word.chars().filter(Character::isLetter).count();
		if (shown < 2 || !Character.isLetter(word.charAt(0))) {
			return List.of();
		}
		Pattern pattern = Pattern.compile(Pattern.quote(word).replace("*", "\\E.\\Q"));
		return byLength.getOrDefault(word.length(), List.of()).stream().filter(t -> pattern.matcher(t.words().get(0)).matches()).toList();
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
