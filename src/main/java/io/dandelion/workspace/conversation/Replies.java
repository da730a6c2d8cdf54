package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.conversations.ConversationChanges;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.organisation.AccessScope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends a person's reply through the channel's connector, then stores it as an outbound message of the
 * conversation through the same exactly-once ingest as everything else (so that the connector delivering
 * our own reply later stores nothing twice) and records it in the audit trail. The platform call happens
 * outside any database transaction.
 */
@Component
class Replies {

	private final Work work;
	private final ObjectProvider<ChannelActions> actions;
	private final ObjectProvider<Channels> channels;
	private final ItemSink sink;
	private final ConversationChanges changes;
	private final AuditLog audit;

	Replies(Work work, ObjectProvider<ChannelActions> actions, ObjectProvider<Channels> channels, ItemSink sink,
			ConversationChanges changes, AuditLog audit) {
		this.work = work;
		this.actions = actions;
		this.channels = channels;
		this.sink = sink;
		this.changes = changes;
		this.audit = audit;
	}

	/**
	 * Answers {@code parentExternalId} (by default the customer's latest message) with {@code text}, and
	 * resolves the conversation when asked. Returns the platform's id of the reply.
	 */
	String send(AccessScope scope, ConversationId id, @Nullable String parentExternalId, String text, boolean resolve) {
		ConversationThread thread = work.workable(scope, id);
		var conversation = thread.conversation();
		PlatformLimits.of(conversation.platform()).check(text);
		ConversationThread.Entry parent = parent(thread, parentExternalId);
		ChannelSummary channel = channel(conversation.channel());
		ChannelActions.SentReply sent;
		try {
			sent = connector().reply(channel.id(), parent.externalId(), conversation.rootExternalId(), text.strip());
		}
		catch (ChannelActionException e) {
			throw ChannelUnavailable.because(e);
		}
		var reply = new InboundItem(sent.externalId(), parent.kind(), InboundItem.Direction.OUTBOUND,
				conversation.rootExternalId(), parent.externalId(),
				new InboundItem.Author("account:" + channel.handle(), channel.handle(), channel.handle()), text.strip(),
				sent.sentAt(), List.of(), Map.of("sent_by", scope.actor()));
		sink.accept(channel.id(), List.of(reply));
		audit.record(new AuditEntry(scope.actor(), "conversation.replied", conversation.unit(), "conversation",
				id.toString(), null, Map.of("reply", sent.externalId(), "parent", parent.externalId())));
		if (resolve && conversation.status() != ConversationStatus.RESOLVED) {
			changes.moveTo(scope, id, ConversationStatus.RESOLVED);
			work.announce(conversation);
		}
		return sent.externalId();
	}

	private static ConversationThread.Entry parent(ConversationThread thread, @Nullable String externalId) {
		if (externalId != null && !externalId.isBlank()) {
			return thread.messages()
				.stream()
				.filter(m -> m.externalId().equals(externalId))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no message " + externalId + " in this conversation"));
		}
		return thread.messages()
			.stream()
			.filter(m -> m.direction() == InboundItem.Direction.INBOUND)
			.max(Comparator.comparing(ConversationThread.Entry::createdAt))
			.orElseThrow(() -> new IllegalArgumentException("this conversation has no customer message to answer"));
	}

	private ChannelSummary channel(io.dandelion.channels.ChannelId id) {
		Channels directory = channels.getIfAvailable();
		if (directory == null) {
			throw new ChannelUnavailable("channels are not available on this node");
		}
		return directory.find(id).orElseThrow(() -> new ChannelUnavailable("the channel " + id + " is gone"));
	}

	ChannelActions connector() {
		ChannelActions connector = actions.getIfAvailable();
		if (connector == null) {
			throw new ChannelUnavailable("channel actions are not available on this node");
		}
		return connector;
	}
}
