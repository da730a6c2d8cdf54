package io.dandelion.moderation;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.UnitId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch of received messages was analysed and the policies applied; published once per
 * {@code MessagesReceived} batch, in the transaction that stored the decisions. Routing picks the
 * messages that still need a person up from here.
 */
public record MessagesModerated(ChannelId channel, UnitId unit, List<ModeratedMessage> messages) {

	public MessagesModerated {
		messages = List.copyOf(messages);
	}

	/**
	 * One message after moderation: its language ({@code und} when undetermined) and intent from
	 * analysis, the priority (1 most urgent .. 5), the queue a rule routed it to (null: the default
	 * chain), the tags added, whether it was hidden or deleted on the platform, whether it needs an
	 * answer from a person (spam that was deleted does not; a complaint does), and whether it waits in a
	 * review queue for a moderator's verdict ({@link ReviewDecided} tells it).
	 */
	public record ModeratedMessage(MessageId message, ConversationId conversation, String language,
			@Nullable String intent, double sentiment, int priority, @Nullable String routeTo, List<String> tags,
			boolean hidden, boolean deleted, boolean needsAnswer, boolean inReview) {

		public ModeratedMessage {
			tags = List.copyOf(tags);
		}

		/** A message no review queue holds. */
		public ModeratedMessage(MessageId message, ConversationId conversation, String language,
				@Nullable String intent, double sentiment, int priority, @Nullable String routeTo, List<String> tags,
				boolean hidden, boolean deleted, boolean needsAnswer) {
			this(message, conversation, language, intent, sentiment, priority, routeTo, tags, hidden, deleted,
					needsAnswer, false);
		}
	}
}
