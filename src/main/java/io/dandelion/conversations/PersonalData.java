package io.dandelion.conversations;

import java.util.regex.Pattern;

/**
 * Masks personal data for callers who must not see it (agency staff under a masking contract):
 * e-mail addresses and phone numbers in text, and names. A plain pattern for now; analysis will
 * provide exact spans of more kinds (IBANs, card numbers) later.
 */
final class PersonalData {

	static final String MASKED_NAME = "(masked)";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

	// seven or more digits, optionally with a leading + and the usual separators between them
	private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s().-]{0,2}\\d){6,}");

	private PersonalData() {
	}

	static String mask(String text) {
		return PHONE.matcher(EMAIL.matcher(text).replaceAll("[e-mail]")).replaceAll("[phone]");
	}
}
