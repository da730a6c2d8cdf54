package io.dandelion.workspace.conversation;

import io.dandelion.channels.ChannelActions;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.conversations.CustomerHistory;
import io.dandelion.conversations.MessageId;
import io.dandelion.moderation.MessageOutcomes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the conversation page shows: the thread with what people did to its messages, notes and tags,
 * the customer across channels, the saved replies on offer (with the language chosen for this
 * customer), the platform's limits, the next conversation to work, who holds it and where it can go,
 * what analysis and moderation said of each message, and a reply that collided with an earlier answer.
 */
public record ConversationView(ConversationThread thread, String channelName, String unitName, List<String> tags,
		List<Note> notes, CustomerHistory customer, List<SavedReply> savedReplies, String replyLanguage,
		PlatformLimits limits, List<MessageAction> actions, Set<ChannelActions.Capability> capabilities, boolean canWork,
		@Nullable ConversationId next, @Nullable String error, @Nullable OwnershipPanel ownership,
		Map<MessageId, MessageOutcomes.Outcome> outcomes, AlreadyAnswered.@Nullable Collision collision,
		List<HeldReply> heldReplies, String reader, boolean reviewer) {

	public ConversationView {
		tags = List.copyOf(tags);
		notes = List.copyOf(notes);
		savedReplies = List.copyOf(savedReplies);
		actions = List.copyOf(actions);
		capabilities = Set.copyOf(capabilities);
		outcomes = Map.copyOf(outcomes);
		heldReplies = List.copyOf(heldReplies);
	}

	/** Whether the reader may approve or reject this held reply (reviews the account, did not write it). */
	public boolean mayReview(HeldReply reply) {
		return reviewer && reply.waiting() && !reply.author().equals(reader);
	}

	/** This view with the first answer that a reply collided with, for the confirmation form. */
	ConversationView withCollision(AlreadyAnswered.@Nullable Collision other) {
		return new ConversationView(thread, channelName, unitName, tags, notes, customer, savedReplies, replyLanguage,
				limits, actions, capabilities, canWork, next, error, ownership, outcomes, other, heldReplies, reader, reviewer);
	}

	/** What analysis and moderation said of a message, if the caller may see it. */
	public MessageOutcomes.@Nullable Outcome outcome(MessageId message) {
		return outcomes.get(message);
	}

	public ConversationSummary conversation() {
		return thread.conversation();
	}

	/** What was done to one message, oldest first. */
	public List<MessageAction> actionsOn(MessageId message) {
		return actions.stream().filter(a -> a.message().equals(message)).toList();
	}

	/** Whether the message is hidden on its platform now (its latest hide was not undone). */
	public boolean hidden(MessageId message) {
		var done = actionsOn(message);
		return !done.isEmpty() && done.get(done.size() - 1).kind() == MessageAction.Kind.HIDE;
	}

	public boolean deleted(MessageId message) {
		return actionsOn(message).stream().anyMatch(a -> a.kind() == MessageAction.Kind.DELETE);
	}

	public boolean can(ChannelActions.Capability capability) {
		return canWork && capabilities.contains(capability);
	}
}
