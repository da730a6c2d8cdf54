package io.dandelion.moderation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.AccessScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What analysis found in each message of a conversation and what moderation did about it, with the
 * reasons, for the people who work the conversation. Only messages the caller may read are answered;
 * for callers who see personal data masked, reasons are masked too and personal data is named by kind only.
 */
public interface MessageOutcomes {

	/** The outcomes of the conversation's moderated messages the caller may read, by message. */
	Map<MessageId, Outcome> ofConversation(AccessScope scope, ConversationId conversation);

	/**
	 * The conversations whose latest moderated message the caller may read has {@code intent} and a sentiment of
	 * {@code mood} (null: any), the most recent first, at most {@code limit} (the workspace inbox's filters).
	 */
	List<ConversationId> latestMatching(AccessScope scope, @Nullable String intent, @Nullable Mood mood, int limit);

	/** A band of sentiment (-1..1): below -0.2 negative, above 0.2 positive, neutral between. */
	enum Mood {
		NEGATIVE, NEUTRAL, POSITIVE;

		/** The band of {@code sentiment}. */
		public static Mood of(double sentiment) {
			return sentiment < -0.2 ? NEGATIVE : sentiment > 0.2 ? POSITIVE : NEUTRAL;
		}
	}

	/**
	 * One message: language with confidence, intent, sentiment (-1..1), label scores (0..1), the analysis's
	 * reasons (including the matched term or rule of spam, abuse and profanity), the kinds of personal data
	 * found, the policy rules that matched with their reasons, and what happened since, oldest first.
	 */
	record Outcome(MessageId message, String language, double languageConfidence, @Nullable String intent,
			double sentiment, Map<String, Double> labels, List<String> reasons, List<String> personalData,
			List<RuleMatch> rules, List<Step> history) {

		public Outcome {
			labels = Map.copyOf(labels);
			reasons = List.copyOf(reasons);
			personalData = List.copyOf(personalData);
			rules = List.copyOf(rules);
			history = List.copyOf(history);
		}
	}

	/** A policy rule that matched, with the reason each condition gave and the actions it asked for. */
	record RuleMatch(String rule, List<String> reasons, List<String> actions) {

		public RuleMatch {
			reasons = List.copyOf(reasons);
			actions = List.copyOf(actions);
		}
	}

	/**
	 * One step of a message's moderation history: the policy's decision, a review opened or decided (with
	 * its reason code and note), an action carried out on the platform or failing.
	 */
	record Step(Instant at, Kind kind, String actor, String what, @Nullable String reason) {

		/** What kind of step it was. */
		public enum Kind {
			DECIDED, REVIEW_OPENED, REVIEWED, PLATFORM_ACTION
		}
	}
}
