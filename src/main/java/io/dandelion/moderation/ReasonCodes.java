package io.dandelion.moderation;

import java.util.Map;
import java.util.Set;

/** The configurable reason codes a moderator must pick from, per verdict. */
public record ReasonCodes(Map<ReviewItem.Verdict, Set<String>> codes) {

	public ReasonCodes {
		codes = Map.copyOf(codes);
	}

	/** A sensible starting list, editable by the hub. */
	public static ReasonCodes defaults() {
		return new ReasonCodes(Map.of(ReviewItem.Verdict.APPROVE, Set.of("legitimate", "criticism-allowed", "false-positive"),
				ReviewItem.Verdict.HIDE, Set.of("insult", "personal-data", "off-topic", "spam"),
				ReviewItem.Verdict.DELETE, Set.of("illegal-content", "hate-speech", "threat", "spam", "personal-data"),
				ReviewItem.Verdict.ESCALATE, Set.of("legal", "press", "crisis", "customer-care")));
	}

	public boolean allows(ReviewItem.Verdict verdict, String code) {
		return codes.getOrDefault(verdict, Set.of()).contains(code);
	}
}
