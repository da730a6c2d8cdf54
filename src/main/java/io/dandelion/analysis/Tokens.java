package io.dandelion.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a text into words, each folded (lower case, no accents) and with its place in the text. */
final class Tokens {

	private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

	private Tokens() {
	}

	/** A word as matching sees it, at {@code [start, end)} of the original text. */
	record Token(String folded, int start, int end) {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length();) {
			int cp = i < text.length() ? text.codePointAt(i) : ' ';
			boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
					|| (cp == '\'' || cp == '’') && start >= 0 && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1));
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				tokens.add(new Token(fold(text.substring(start, i)), start, i));
				start = -1;
			}
			i += i < text.length() ? Character.charCount(cp) : 1;
		}
		return tokens;
	}

	/** Lower case without accents or Arabic vowel marks, so that 'Ça' and 'ca' match. */
	static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}
}
