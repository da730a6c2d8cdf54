package io.dandelion.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The letters of a text once links, addresses, mentions and hashtag signs are removed, counted by script:
 * what language detection looks at.
 */
record Letters(String words, int count, Script dominant, boolean hasKana) {

	// the parts of an address are bounded (RFC 5321: 64 before the @, 255 after): an unbounded \S+ before
	// the @ makes every start position scan the rest of the text, which is quadratic on a long word
	private static final Pattern NOISE = Pattern
		.compile("(?i)\\b(?:https?://|www\\.)\\S+|[^\\s@]{1,64}@[^\\s@]{1,255}\\.[^\\s@]{1,63}|@\\w+|#");

	static Letters of(String text) {
		String words = NOISE.matcher(text).replaceAll(" ");
		Map<Script, Integer> counts = new EnumMap<>(Script.class);
		int count = 0;
		for (int i = 0; i < words.length();) {
			int cp = words.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isLetter(cp)) {
				count++;
				counts.merge(Script.of(cp), 1, Integer::sum);
			}
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
		return new Letters(words.strip(), count, dominant, hasKana);
	}
}
