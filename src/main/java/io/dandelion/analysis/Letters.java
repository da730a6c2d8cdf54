package io.dandelion.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The letters of a text that can tell its language, counted by script: what language detection looks at.
 * Links, addresses, mentions and hashtag signs are removed, and so are markup and code (script and style
 * elements, tags, lines dense with code signs, words holding them such as {@code alert('x')} or
 * {@code document.cookie}), and words that are no words (one letter repeated, two letters alternating):
 * they would vote for whichever language their letters happen to suit.
 *
 * @param words the words kept, separated by spaces
 * @param count the letters in {@code words}
 * @param dropped whether letters were dropped as markup, code or no words
 */
record Letters(String words, int count, Script dominant, boolean hasKana, boolean dropped) {

	// the parts of an address are bounded (RFC 5321: 64 before the @, 255 after): an unbounded \S+ before
	// the @ makes every start position scan the rest of the text, which is quadratic on a long word
	private static final Pattern NOISE = Pattern
		.compile("(?i)\\b(?:https?://|www\\.)\\S+|[^\\s@]{1,64}@[^\\s@]{1,255}\\.[^\\s@]{1,63}|@\\w+|#");

	/** A script or style element with its content (to the end of the text when it is not closed), or any tag. */
	private static final Pattern MARKUP = Pattern
		.compile("(?is)<(script|style)\\b.*?(?:</\\1\\s*>|$)|<[a-z/!?][^<>]{0,2000}>");

	/**
	 * A word of ASCII letters that is code or an address rather than a word: it holds a sign of code, a dot,
	 * underscore or slash between letters ({@code document.cookie}, {@code example.com}, {@code etc/passwd},
	 * {@code snake_case}) or a scheme ({@code javascript:alert}, {@code data:text}). Code is written in ASCII;
	 * a word with other letters keeps them (Chinese and Thai run words together with brackets and dots in
	 * between). A capital inside a word is no sign: Irish and Bantu languages write them ({@code i bhFrainc},
	 * {@code weNyika}).
	 */
	private static final Pattern CODE_WORD = Pattern
		.compile("[{}\\[\\]<>=\\\\|`]|[\\w)]\\(|\\p{L}[._/]\\p{L}|^\\p{L}+:[\\p{L}/]");

	/** Faces made of signs (';)', '=)', '<3', '>:(', ':-P', 'xD'): they are no code. */
	private static final Pattern EMOTICON = Pattern
		.compile("[<>}\\]]?[:;=8xX][-'^o]?[()\\[\\]dDpP/\\\\|*oO3]{1,2}|<3+|\\^_?\\^|[()]:|;-?;");

	static Letters of(String text) {
		String cleaned = MARKUP.matcher(text).replaceAll(" ");
		cleaned = withoutCode(cleaned);
		cleaned = NOISE.matcher(cleaned).replaceAll(" ");
		StringBuilder words = new StringBuilder(cleaned.length());
		Map<Script, Integer> counts = new EnumMap<>(Script.class);
		int count = 0;
		int start = -1;
		for (int i = 0; i <= cleaned.length();) {
			int cp = i < cleaned.length() ? cleaned.codePointAt(i) : ' ';
			boolean inWord = Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
					|| Character.getType(cp) == Character.COMBINING_SPACING_MARK;
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				String word = cleaned.substring(start, i);
				int letters = (int) word.codePoints().filter(Character::isLetter).count();
				if (isWord(word)) {
					if (!words.isEmpty()) {
						words.append(' ');
					}
					words.append(word);
					count += letters;
					word.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(Script.of(c), 1, Integer::sum));
				}
				start = -1;
			}
			i += i < cleaned.length() ? Character.charCount(cp) : 1;
		}
		boolean hasKana = counts.containsKey(Script.KANA);
		Script dominant = counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(Script.OTHER);
		if (dominant == Script.HAN && hasKana) {
			dominant = Script.KANA;
		}
		int allLetters = (int) text.codePoints().filter(Character::isLetter).count();
		return new Letters(words.toString(), count, dominant, hasKana, count < allLetters);
	}

	/**
	 * Words of ASCII letters holding code go ({@code alert('x')}, {@code document.cookie}, {@code a=b}); a line
	 * where they are at least half as many as the other words is code whole ({@code function f(x) { return x; }}).
	 */
	private static String withoutCode(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		for (String line : text.split("\n", -1)) {
			StringBuilder words = new StringBuilder(line.length());
			int code = 0;
			int prose = 0;
			boolean afterCode = false;
			for (String token : line.split("\\s+")) {
				if (token.isEmpty() || EMOTICON.matcher(token).matches()) {
					continue;
				}
				// the end of a statement ('= payload;') is code as well
				boolean isCode = lettersAreAscii(token) && (CODE_WORD.matcher(token).find() || afterCode && token.endsWith(";"));
				afterCode = isCode;
				if (isCode) {
					code++;
				}
				else {
					words.append(token).append(' ');
					if (letters(token) > 0) {
						prose++;
					}
				}
			}
			if (code < 2 || code * 2 < prose) {
				kept.append(words);
			}
			kept.append('\n');
		}
		return kept.toString();
	}

	private static boolean lettersAreAscii(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c >= 0x80 && Character.isLetter(c)) {
				return false;
			}
		}
		return true;
	}

	private static int letters(String line) {
		int letters = 0;
		for (int i = 0; i < line.length(); i++) {
			if (Character.isLetter(line.charAt(i))) {
				letters++;
			}
		}
		return letters;
	}

	/** Not a word: one letter repeated ('xxx', 'zzzzz'), or two letters over six or more ('lalalala', 'ababab'). */
	static boolean isWord(String word) {
		int first = -1;
		int second = -1;
		int length = 0;
		for (int i = 0; i < word.length();) {
			int cp = Character.toLowerCase(word.codePointAt(i));
			i += Character.charCount(cp);
			if (!Character.isLetter(cp)) {
				continue;
			}
			length++;
			if (first < 0 || cp == first) {
				first = cp;
			}
			else if (second < 0 || cp == second) {
				second = cp;
			}
			else {
				return true;
			}
		}
		return second < 0 ? length < 3 : length < 6;
	}
}
