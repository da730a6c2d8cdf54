package io.dandelion.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reveals words written to slip past a word list: l33t ('sh1t', '@ss'), masks ('f*ck'), letters spread out
 * ('f.u.c.k', 'f u c k'), stretched letters ('fuuuuck') and look-alike letters of another script (Cyrillic 'а'
 * in a Latin word). Only words that show such a trick are revealed, so an ordinary word is never read as a
 * different one.
 */
final class Obfuscation {

	/** A revealed word at {@code [start, end)}: letters folded, l33t undone; {@code *} stands for any letter. */
	record Revealed(String word, int start, int end) {

		boolean hasWildcard() {
			return word.indexOf('*') >= 0;
		}
	}

	private static final Pattern SPREAD = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?:[\\p{L}\\p{N}@$*][ .\\-_+]){2,}[\\p{L}\\p{N}@$*](?![\\p{L}\\p{N}])");

	private static final Pattern DISGUISED = Pattern.compile("[\\p{L}\\p{N}@$*!|]+");

	private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1\\1");

	private static final Map<Character, Character> LEET = Map.ofEntries(Map.entry('0', 'o'), Map.entry('1', 'i'),
			Map.entry('3', 'e'), Map.entry('4', 'a'), Map.entry('5', 's'), Map.entry('7', 't'), Map.entry('8', 'b'),
			Map.entry('9', 'g'), Map.entry('@', 'a'), Map.entry('$', 's'), Map.entry('!', 'i'), Map.entry('|', 'l'));

	/** Cyrillic and Greek letters that look like Latin ones. */
	private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('а', 'a'), Map.entry('е', 'e'),
			Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'),
			Map.entry('і', 'i'), Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('т', 't'), Map.entry('в', 'b'),
			Map.entry('н', 'h'), Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ε', 'e'), Map.entry('ι', 'i'),
			Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('τ', 't'), Map.entry('υ', 'u'));

	private Obfuscation() {
	}

	static List<Revealed> reveal(String text) {
		List<Revealed> revealed = new ArrayList<>();
		Matcher spread = SPREAD.matcher(text);
		while (spread.find()) {
			String letters = spread.group().replaceAll("[ .\\-_+]", "");
			revealed.add(new Revealed(undo(Tokens.fold(letters)), spread.start(), spread.end()));
		}
		Matcher word = DISGUISED.matcher(text);
		while (word.find()) {
			String raw = word.group();
			if (isDisguised(raw)) {
				String clean = undo(Tokens.fold(raw.replaceAll("^[!|*]+|[!|*]+$", "")));
				revealed.add(new Revealed(clean, word.start(), word.end()));
			}
		}
		return revealed;
	}

	private static boolean isDisguised(String raw) {
		boolean letter = false;
		boolean trick = STRETCHED.matcher(raw).find();
		boolean latin = false;
		boolean lookAlike = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isLetter(c)) {
				letter = true;
				latin |= Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
				lookAlike |= LOOK_ALIKES.containsKey(Character.toLowerCase(c));
			}
			else if (i > 0 && i < raw.length() - 1 || LEET.containsKey(c) && c != '!' && c != '|') {
				trick = true;
			}
		}
		return letter && (trick || latin && lookAlike);
	}

	private static String undo(String folded) {
		var out = new StringBuilder(folded.length());
		for (char c : folded.toCharArray()) {
			out.append(LEET.getOrDefault(c, LOOK_ALIKES.getOrDefault(c, c)));
		}
		return out.toString();
	}

	/** Runs of one letter made single, so that 'fuuuck' and 'fuck', 'asshole' and 'ashole' meet. */
	static String squash(String word) {
		var out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
				out.append(word.charAt(i));
			}
		}
		return out.toString();
	}
}
