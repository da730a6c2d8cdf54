package io.dandelion.moderation;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Moderation acted on messages: the policies' actions for one moderated batch (automatic, the reason
 * is the rule that asked for it), or one moderator's verdict on a review item (human, the reason is the
 * verdict's reason code). Published in the transaction that recorded them, for analytics.
 */
public record ModerationActionsTaken(List<TakenAction> actions) {

	public ModerationActionsTaken {
		actions = List.copyOf(actions);
	}

	/**
	 * One action on one message: {@code action} is a rule action's kind ({@code hide}, {@code delete},
	 * {@code review}, ...) or a verdict in lower case ({@code approve}, {@code hide}, ...); {@code agency}
	 * is the moderator's agency when an agency's staff decided.
	 */
	public record TakenAction(MessageId message, ConversationId conversation, ChannelId channel, UnitId unit,
			String platform, String language, String action, String reason, boolean automatic,
			@Nullable AgencyId agency, Instant at) {
	}
}
