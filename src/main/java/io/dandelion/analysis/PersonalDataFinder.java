package io.dandelion.analysis;

import io.dandelion.analysis.Analysis.PersonalDataSpan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data to mask: e-mail addresses, IBANs (checked with ISO 7064 mod 97), card numbers
 * (checked with Luhn) and phone numbers (international form, or a national number starting with 0).
 * Checks come first so that a card or an IBAN is never also reported as a phone number.
 */
final class PersonalDataFinder {

	// bounded like addresses are (RFC 5321), so that a long run of letters is not scanned again from each position
	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]{1,64}@[\\p{L}\\d-]{1,63}(?:\\.[\\p{L}\\d-]{1,63}){0,8}\\.\\p{L}{2,24}");

	private static final Pattern IBAN = Pattern
		.compile("(?i)\\b[A-Z]{2}\\d{2}(?: ?[A-Z\\d]{4}){2,7}(?: ?[A-Z\\d]{1,4})?\\b");

	private static final Pattern CARD = Pattern.compile("(?<![\\d+])\\d(?:[ -]?\\d){12,18}(?!\\d)");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\w+])(?<!\\d[ .-])(?:(?:\\+|00)\\d{1,3}[ .-]?(?:\\(0\\))?|0)[ .-]?\\d(?:[ .-]?\\(?\\d\\)?){6,12}(?![ .-]?\\d)");

	List<PersonalDataSpan> find(String text) {
		List<PersonalDataSpan> spans = new ArrayList<>();
		collect(EMAIL, text, "email", spans, s -> true);
		collect(IBAN, text, "iban", spans, PersonalDataFinder::isIban);
		collect(CARD, text, "card", spans, PersonalDataFinder::passesLuhn);
		collect(PHONE, text, "phone", spans, PersonalDataFinder::looksLikePhone);
		spans.sort(Comparator.comparingInt(PersonalDataSpan::start));
		return spans;
	}

	private static void collect(Pattern pattern, String text, String kind, List<PersonalDataSpan> spans,
			java.util.function.Predicate<String> check) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			boolean overlaps = spans.stream().anyMatch(s -> start < s.end() && s.start() < end);
			if (!overlaps && check.test(m.group())) {
				spans.add(new PersonalDataSpan(kind, start, end));
			}
		}
	}

	static boolean isIban(String candidate) {
		String iban = candidate.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		if (iban.length() < 15 || iban.length() > 34) {
			return false;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		var digits = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	static boolean passesLuhn(String candidate) {
		String digits = candidate.replaceAll("\\D", "");
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d = d * 2 > 9 ? d * 2 - 9 : d * 2;
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	private static boolean looksLikePhone(String candidate) {
		int digits = candidate.replaceAll("\\D", "").length();
		return digits >= 9 && digits <= 15;
	}
}
