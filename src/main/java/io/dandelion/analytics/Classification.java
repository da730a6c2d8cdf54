package io.dandelion.analytics;

import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import org.jspecify.annotations.Nullable;

/**
 * The analysis dimensions a message is counted under: its language ({@code und} while undetermined),
 * intent and sentiment bucket ({@code unknown} until moderation has classified it).
 */
record Classification(String language, String intent, String sentiment) {

	static final String UNDETERMINED = "und";

	static final String UNKNOWN = "unknown";

	/** Sentiment scores at or beyond these count as negative or positive; in between is neutral. */
	static final double NEGATIVE_AT = -0.25;

	static final double POSITIVE_AT = 0.25;

	/** What is known of a message before moderation: at most the conversation's language so far. */
	static Classification beforeModeration(@Nullable String conversationLanguage) {
		return new Classification(conversationLanguage == null ? UNDETERMINED : conversationLanguage, UNKNOWN, UNKNOWN);
	}

	static Classification of(ModeratedMessage message) {
		return new Classification(message.language(), message.intent() == null ? UNKNOWN : message.intent(),
				sentimentBucket(message.sentiment()));
	}

	static String sentimentBucket(double score) {
		if (score <= NEGATIVE_AT) {
			return "negative";
		}
		return score >= POSITIVE_AT ? "positive" : "neutral";
	}
}
