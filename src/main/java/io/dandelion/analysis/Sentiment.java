package io.dandelion.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Polarity from cue words (turned round by a negation just before them) and from emoji: -1 to 1, with reasons. */
record Sentiment(double score, List<String> reasons) {

	private static final String POSITIVE_EMOJI = "😀😃😄😁😊🙂😍🥰😘❤💕💖👍👏🙏🎉✨💯🤩😇💪";

	private static final String NEGATIVE_EMOJI = "😡😠🤬😤👎💩😞😢😭😒🙄😩😫😖😣💔";

	private static final int NEGATION_REACH = 3;

	static Sentiment of(Cues cues) {
		double positive = 0;
		double negative = 0;
		List<String> reasons = new ArrayList<>();
		for (Lexicon.Match match : cues.of(java.util.Set.of("positive", "negative", "complaint"))) {
			boolean good = match.term().kind().equals("positive");
			boolean negated = isNegated(cues, match);
			if (good != negated) {
				positive++;
			}
			else {
				negative += match.term().kind().equals("complaint") ? 0.5 : 1;
			}
			reasons.add((good != negated ? "positive " : "negative ") + cues.quote(match) + (negated ? " (negated)" : ""));
		}
		int[] emoji = countEmoji(cues.text());
		positive += emoji[0];
		negative += emoji[1];
		if (emoji[0] + emoji[1] > 0) {
			reasons.add(emoji[0] + " positive / " + emoji[1] + " negative emoji");
		}
		double score = (positive - negative) / (positive + negative + 1);
		return new Sentiment(Math.round(score * 100) / 100.0, reasons);
	}

	private static boolean isNegated(Cues cues, Lexicon.Match match) {
		int at = cues.tokenAt(match.start());
		for (Lexicon.Match other : cues.of("negation")) {
			int negation = cues.tokenAt(other.start());
			if (negation < at && at - negation <= NEGATION_REACH) {
				return true;
			}
		}
		return false;
	}

	private static int[] countEmoji(String text) {
		int[] counts = new int[2];
		text.codePoints().forEach(cp -> {
			String s = new String(Character.toChars(cp));
			if (POSITIVE_EMOJI.contains(s)) {
				counts[0]++;
			}
			else if (NEGATIVE_EMOJI.contains(s)) {
				counts[1]++;
			}
		});
		return counts;
	}

	String describe() {
		return String.format(Locale.ROOT, "sentiment %.2f", score) + (reasons.isEmpty() ? "" : ": " + String.join(", ", reasons));
	}
}
