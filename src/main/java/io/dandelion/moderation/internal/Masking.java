package io.dandelion.moderation.internal;

import io.dandelion.analysis.Analysis.PersonalDataSpan;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hides personal data from callers who must not see it (agency staff under a masking contract): the
 * spans analysis found are replaced by their kind, and addresses and long digit runs it may have missed
 * are replaced too.
 */
final class Masking {

	// bounded parts (RFC 5321): an unbounded \S+ before the @ is quadratic on a long word
	private static final Pattern ADDRESS = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,255}\\.\\w+");

	private static final Pattern DIGITS = Pattern.compile("\\+?\\d[\\d\\s./()-]{5,}\\d");

	private Masking() {
	}

	static String mask(String text, List<PersonalDataSpan> spans) {
		StringBuilder masked = new StringBuilder(text);
		spans.stream()
			.filter(s -> s.start() >= 0 && s.end() <= text.length() && s.start() < s.end())
			.sorted(Comparator.comparingInt(PersonalDataSpan::start).reversed())
			.forEach(s -> masked.replace(s.start(), s.end(), "[" + s.kind() + "]"));
		return DIGITS.matcher(ADDRESS.matcher(masked).replaceAll("[email]")).replaceAll("[number]");
	}
}
