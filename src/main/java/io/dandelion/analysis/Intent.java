package io.dandelion.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the author wants: a complaint (care request), a question, praise, or chatter when nothing else
 * stands out. Each intent collects evidence from cue words, punctuation and sentiment.
 */
record Intent(String name, double score, List<String> reasons) {

	private static final double CHATTER = 0.35;

	static Intent of(Cues cues, Sentiment sentiment) {
		Intent complaint = evidence("complaint", cues, "complaint", 0.45);
		if (sentiment.score() <= -0.3) {
			complaint = complaint.plus(0.25, "negative sentiment");
		}
		Intent question = evidence("question", cues, null, 0);
		if (cues.text().replaceAll("https?://\\S+", "").contains("?") || cues.text().contains("؟")) {
			question = question.plus(0.6, "question mark");
		}
		if (!cues.tokens().isEmpty() && cues.of("question").stream().anyMatch(m -> cues.tokenAt(m.start()) == 0)) {
			question = question.plus(0.35, "starts with a question word");
		}
		Intent praise = evidence("praise", cues, "praise", 0.5);
		if (sentiment.score() >= 0.3) {
			praise = praise.plus(0.2, "positive sentiment");
		}
		Intent best = new Intent("chatter", CHATTER, List.of("nothing stands out"));
		for (Intent candidate : List.of(complaint, question, praise)) {
			if (candidate.score() > best.score()) {
				best = candidate;
			}
		}
		return best;
	}

	private static Intent evidence(String name, Cues cues, String kind, double weight) {
		Intent intent = new Intent(name, 0, List.of());
		if (kind != null) {
			for (Lexicon.Match match : cues.of(kind)) {
				intent = intent.plus(weight, cues.quote(match));
			}
		}
		return intent;
	}

	private Intent plus(double weight, String reason) {
		List<String> more = new ArrayList<>(reasons);
		more.add(reason);
		return new Intent(name, Math.round((1 - (1 - score) * (1 - weight)) * 1000) / 1000.0, more);
	}

	String describe() {
		return String.format(Locale.ROOT, "intent %s %.2f: %s", name, score, String.join(", ", reasons));
	}
}
