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
import java.util.Objects;
import java.util.UUID;
import io.dandelion.routing.ReplyGuard;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
	private final ObjectProvider<ReplyGuard> guard;
	private final TransactionTemplate transaction;

	Replies(Work work, ObjectProvider<ChannelActions> actions, ObjectProvider<Channels> channels, ItemSink sink,
			ConversationChanges changes, AuditLog audit, ObjectProvider<ReplyGuard> guard,
			PlatformTransactionManager transactions) {
		this.guard = guard;
		this.transaction = new TransactionTemplate(transactions);
		this.work = work;
		this.actions = actions;
		this.channels = channels;
		this.sink = sink;
		this.changes = changes;
		this.audit = audit;
	}

	/**
	 * Answers {@code parentExternalId} (by default the customer's latest message) with {@code text}, and
	 * resolves the conversation when asked. Returns the platform's id of the reply. A customer's message
	 * that someone answered already is only answered again over that answer's claim ({@code seenClaim}):
	 * otherwise {@link AlreadyAnswered}.
	 */
	String send(AccessScope scope, ConversationId id, @Nullable String parentExternalId, String text, boolean resolve,
			@Nullable UUID seenClaim) {
		return send(scope, id, parentExternalId, text, resolve, seenClaim, null);
	}

	/** Sends a reply that {@code author} wrote and the caller approved (null: the caller wrote it). */
	String send(AccessScope scope, ConversationId id, @Nullable String parentExternalId, String text, boolean resolve,
			@Nullable UUID seenClaim, @Nullable String author) {
		ConversationThread thread = work.workable(scope, id);
		var conversation = thread.conversation();
		PlatformLimits.of(conversation.platform()).check(text);
		ConversationThread.Entry parent = parent(thread, parentExternalId);
		ChannelSummary channel = channel(conversation.channel());
		ChannelActions.SentReply sent = claimAndSend(scope, thread, parent, channel, text, resolve, seenClaim);
		var reply = new InboundItem(sent.externalId(), parent.kind(), InboundItem.Direction.OUTBOUND,
				conversation.rootExternalId(), parent.externalId(),
				new InboundItem.Author("account:" + channel.handle(), channel.handle(), channel.handle()), text.strip(),
				sent.sentAt(), List.of(), author == null ? Map.of("sent_by", scope.actor())
						: Map.of("sent_by", author, "approved_by", scope.actor()));
		sink.accept(channel.id(), List.of(reply));
		audit.record(new AuditEntry(scope.actor(), "conversation.replied", conversation.unit(), "conversation",
				id.toString(), null, author == null ? Map.of("reply", sent.externalId(), "parent", parent.externalId())
						: Map.of("reply", sent.externalId(), "parent", parent.externalId(), "author", author)));
		if (resolve && conversation.status() != ConversationStatus.RESOLVED) {
			changes.moveTo(scope, id, ConversationStatus.RESOLVED);
			work.announce(conversation);
		}
		return sent.externalId();
	}

	/**
	 * Claims the answer and sends it in one transaction: the claim keeps a second sender waiting until the
	 * first is sent (then refuses them), and a platform failure rolls the claim back, so nobody is kept
	 * from answering by a reply that never left. The transaction holds a connection for the platform call.
	 */
	private ChannelActions.SentReply claimAndSend(AccessScope scope, ConversationThread thread,
			ConversationThread.Entry parent, ChannelSummary channel, String text, boolean resolve, @Nullable UUID seen) {
		ReplyGuard replies = guard.getIfAvailable();
		try {
			return Objects.requireNonNull(transaction.execute(status -> {
				if (replies != null && parent.direction() == InboundItem.Direction.INBOUND) {
					replies.claim(scope, parent.id(), seen);
				}
				return connector().reply(channel.id(), parent.externalId(), thread.conversation().rootExternalId(),
						text.strip());
			}));
		}
		catch (ReplyGuard.AlreadyAnsweredException e) {
			String first = thread.messages()
				.stream()
				.filter(m -> m.direction() == InboundItem.Direction.OUTBOUND
						&& parent.externalId().equals(m.parentExternalId()))
				.reduce((a, b) -> b)
				.map(ConversationThread.Entry::text)
				.orElse(null);
			throw new AlreadyAnswered(new AlreadyAnswered.Collision(e.first().actor(), e.first().at(), first,
					e.first().id(), parent.externalId(), text, resolve), e);
		}
		catch (ReplyGuard.NotAllowedException e) {
			throw WorkRefused.notAllowed(e.getMessage());
		}
		catch (ChannelActionException e) {
			throw ChannelUnavailable.because(e);
		}
	}

	static ConversationThread.Entry parent(ConversationThread thread, @Nullable String externalId) {
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
