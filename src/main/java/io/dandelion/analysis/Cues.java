package io.dandelion.analysis;

import java.util.List;
import java.util.Set;

/**
 * The lexicon terms found in one text, kept when they belong to the text's language. A term of another
 * language still counts when it is long enough not to be an innocent word there ('idiota' anywhere, but
 * 'con' only in French), and English swearing counts everywhere.
 */
record Cues(String text, String language, List<Tokens.Token> tokens, List<Lexicon.Match> matches) {

	private static final int FOREIGN_TERM_MINIMUM = 6;

	static Cues keep(String text, String language, List<Tokens.Token> tokens, List<Lexicon.Match> found) {
		return new Cues(text, language, tokens, found.stream().filter(m -> applies(m.term(), language)).toList());
	}

	private static boolean applies(Lexicon.Term term, String language) {
		return term.language().equals(language) || Analysis.UNDETERMINED.equals(language)
				|| term.language().equals("en") && term.kind().equals("profanity")
				|| term.text().length() >= FOREIGN_TERM_MINIMUM;
	}

	List<Lexicon.Match> of(String kind) {
		return matches.stream().filter(m -> m.term().kind().equals(kind)).toList();
	}

	List<Lexicon.Match> of(Set<String> kinds) {
		return matches.stream().filter(m -> kinds.contains(m.term().kind())).toList();
	}

	/** The words of the text as written, for reasons (''ne marche pas''). */
	String quote(Lexicon.Match match) {
		return "'" + text.substring(match.start(), match.end()) + "'";
	}

	/** A capitalised word inside a sentence, such as 'Dick' in 'Moby Dick': a name, not a swear word. */
	boolean isName(Lexicon.Match match) {
		String word = text.substring(match.start(), match.end());
		int at = tokenAt(match.start());
		boolean capitalised = Character.isUpperCase(word.codePointAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
		return capitalised && at > 0 && !text.substring(0, match.start()).stripTrailing().matches("(?s).*[.!?]$");
	}

	/** The index of the first token at or after {@code offset}. */
	int tokenAt(int offset) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() >= offset) {
				return i;
			}
		}
		return tokens.size();
	}
}
