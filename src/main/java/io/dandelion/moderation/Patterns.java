package io.dandelion.moderation;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled patterns of rules, cached because rules run on every message; and a guard that stops a
 * pathological regular expression (catastrophic backtracking) from holding a pipeline thread.
 */
final class Patterns {

	private static final int CACHE_LIMIT = 10_000;
	private static final long REGEX_BUDGET_NANOS = 50_000_000L;
	private static final Map<String, Pattern> cache = new ConcurrentHashMap<>();

	private Patterns() {
	}

	static Pattern word(String keyword) {
		return cached("w:" + keyword, () -> Pattern.compile(
				"(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])"));
	}

	static Pattern regex(String regex) {
		return cached("r:" + regex, () -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	private static Pattern cached(String key, java.util.function.Supplier<Pattern> compile) {
		Pattern pattern = cache.get(key);
		if (pattern == null) {
			if (cache.size() > CACHE_LIMIT) {
				cache.clear();
			}
			pattern = compile.get();
			cache.put(key, pattern);
		}
		return pattern;
	}

	/** The text, as a sequence that aborts the match once the time budget is spent. */
	static CharSequence bounded(String text) {
		return new Bounded(text, System.nanoTime() + REGEX_BUDGET_NANOS);
	}

	/** Thrown when a rule's regular expression took too long on one message. */
	static final class RegexTooSlow extends RuntimeException {
		RegexTooSlow() {
			super("regular expression exceeded its time budget");
		}
	}

	private static final class Bounded implements CharSequence {

		private final String text;
		private final long deadline;
		private int reads;

		Bounded(String text, long deadline) {
			this.text = text;
			this.deadline = deadline;
		}

		public int length() {
			return text.length();
		}

		public char charAt(int index) {
			if ((++reads & 0x3ff) == 0 && System.nanoTime() > deadline) {
				throw new RegexTooSlow();
			}
			return text.charAt(index);
		}

		public CharSequence subSequence(int start, int end) {
			return new Bounded(text.substring(start, end), deadline);
		}

		@Override
		public String toString() {
			return text;
		}
	}
}
