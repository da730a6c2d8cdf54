package io.dandelion.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What analysis found in one text. {@code language} is an ISO 639-1 code or {@code und};
 * {@code intent} is one of {@link #INTENTS}; {@code sentiment} runs from -1 (negative) to 1; every
 * flag carries its score and the reasons (matched term, rule) a moderator sees.
 */
public record Analysis(String language, double languageConfidence, String intent, double intentScore,
		double sentiment, Flag spam, Flag abusive, Flag profanity, List<PersonalDataSpan> pii, List<String> reasons) {

	public static final String UNDETERMINED = "und";

	public static final List<String> INTENTS = List.of("complaint", "question", "praise", "chatter");

	public Analysis {
		pii = List.copyOf(pii);
		reasons = List.copyOf(reasons);
	}

	/** Scores between 0 and 1 by label name, as moderation rules read them ({@code spam}, {@code abuse}, ...). */
	public Map<String, Double> labels() {
		Map<String, Double> labels = new LinkedHashMap<>();
		labels.put("spam", spam.score());
		labels.put("abuse", abusive.score());
		labels.put("profanity", profanity.score());
		labels.put("pii", pii.isEmpty() ? 0.0 : 1.0);
		labels.put(intent, intentScore);
		return labels;
	}

	/** A yes/no finding with its score (0..1) and why. */
	public record Flag(boolean value, double score, List<String> reasons) {

		public Flag {
			reasons = List.copyOf(reasons);
		}

		public static Flag no() {
			return new Flag(false, 0.0, List.of());
		}
	}

	/** Personal data at {@code [start, end)} of the text (UTF-16 offsets), of a kind such as {@code phone}, {@code email}, {@code iban}, {@code card}. */
	public record PersonalDataSpan(String kind, int start, int end) {
	}
}
