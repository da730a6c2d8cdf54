package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.conversations.Conversations;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gate in front of {@link Replies}: a reply the {@link ApprovalPolicy} holds is kept for a reviewer
 * instead of being sent; a reviewer approves it (then it is sent through the connector, as the reviewer,
 * naming its author) or rejects it with a note. Holding, approving and rejecting are audited and announced.
 */
@Component
class ReplyApprovals {

	private static final String COLUMNS = "id, conversation_id, unit_id, parent_external_id, body, resolve, author, "
			+ "reason, status, reviewer, review_note, created_at";

	private final Replies replies;
	private final ApprovalPolicy policy;
	private final Work work;
	private final Conversations conversations;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final TransactionTemplate transaction;

	ReplyApprovals(Replies replies, ApprovalPolicy policy, Work work, Conversations conversations, JdbcClient jdbc,
			AuditLog audit, TransactionTemplate transaction) {
		this.replies = replies;
		this.policy = policy;
		this.work = work;
		this.conversations = conversations;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** Sends the reply, or holds it for a reviewer when policy says so; returns the held reply, if held. */
	Optional<HeldReply> sendOrHold(AccessScope scope, ConversationId id, @Nullable String parent, String text,
			boolean resolve, @Nullable UUID seenClaim) {
		ConversationThread thread = work.workable(scope, id);
		Optional<String> reason = policy.heldBecause(scope, thread.conversation());
		if (reason.isEmpty()) {
			replies.send(scope, id, parent, text, resolve, seenClaim);
			return Optional.empty();
		}
		PlatformLimits.of(thread.conversation().platform()).check(text);
		String parentId = Replies.parent(thread, parent).externalId();
		var held = new HeldReply(UUID.randomUUID(), id, thread.conversation().unit(), parentId, text.strip(), resolve,
				scope.actor(), reason.get(), HeldReply.Status.HELD, null, null, java.time.Instant.now());
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into workspace_held_reply (id, conversation_id, unit_id, parent_external_id, body, resolve,
					                                  author, author_member, reason)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(held.id(), id.value(), held.unit().value(), parentId, held.text(), resolve, scope.actor(),
						scope.member().map(MemberId::value).orElse(null), held.reason())
				.update();
			audit.record(new AuditEntry(scope.actor(), "conversation.reply-held", held.unit(), "conversation",
					id.toString(), null, Map.of("reply", held.id().toString(), "reason", held.reason())));
			work.announce(thread.conversation());
		});
		return Optional.of(held);
	}

	/** The conversation's held, sent and rejected replies, oldest first. */
	List<HeldReply> of(ConversationId id) {
		return jdbc.sql("select " + COLUMNS + " from workspace_held_reply where conversation_id = ? order by created_at")
			.param(id.value())
			.query(ReplyApprovals::held)
			.list();
	}

	/** Replies waiting in the units where the caller reviews (runs the accounts, not under an agency contract). */
	List<HeldReply> waitingFor(AccessScope scope) {
		if (scope.contract().isPresent()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from workspace_held_reply where status = 'HELD' and unit_id = any(?) "
				+ "order by created_at limit 200")
			.param(scope.units(Permission.CHANNELS_MANAGE).stream().map(UnitId::value).toArray(UUID[]::new))
			.query(ReplyApprovals::held)
			.list();
	}

	/** Whether the caller reviews replies held in this conversation (whoever wrote them). */
	boolean mayReview(AccessScope scope, ConversationSummary conversation) {
		return ApprovalPolicy.mayReview(scope, "", conversation);
	}

	/** The reviewer approves: the reply is sent through the connector; a platform failure leaves it held. */
	void approve(AccessScope reviewer, ConversationId id, UUID reply) {
		HeldReply held = reviewable(reviewer, id, reply);
		if (jdbc.sql("update workspace_held_reply set status = 'SENDING', reviewer = ? where id = ? and status = 'HELD'")
			.params(reviewer.actor(), reply)
			.update() == 0) {
			throw new IllegalArgumentException("this reply was approved or rejected already");
		}
		try {
			replies.send(reviewer, id, held.parentExternalId(), held.text(), held.resolve(), null, held.author());
		}
		catch (RuntimeException e) {
			jdbc.sql("update workspace_held_reply set status = 'HELD', reviewer = null where id = ?").param(reply).update();
			throw e;
		}
		transaction.executeWithoutResult(status -> {
			jdbc.sql("update workspace_held_reply set status = 'SENT', decided_at = now() where id = ?").param(reply).update();
			audit.record(new AuditEntry(reviewer.actor(), "conversation.reply-approved", held.unit(), "conversation",
					id.toString(), Map.of("reply", reply.toString(), "author", held.author()), Map.of("status", "SENT")));
		});
	}

	/** The reviewer rejects the reply with a note for its author; nothing is sent. */
	void reject(AccessScope reviewer, ConversationId id, UUID reply, String note) {
		if (note.isBlank() || note.length() > 2000) {
			throw new IllegalArgumentException("say why the reply is rejected (1 to 2000 characters)");
		}
		HeldReply held = reviewable(reviewer, id, reply);
		transaction.executeWithoutResult(status -> {
			if (jdbc.sql("""
					update workspace_held_reply set status = 'REJECTED', reviewer = ?, review_note = ?, decided_at = now()
					where id = ? and status = 'HELD'""").params(reviewer.actor(), note.strip(), reply).update() == 0) {
				throw new IllegalArgumentException("this reply was approved or rejected already");
			}
			audit.record(new AuditEntry(reviewer.actor(), "conversation.reply-rejected", held.unit(), "conversation",
					id.toString(), Map.of("reply", reply.toString(), "author", held.author()),
					Map.of("status", "REJECTED", "note", note.strip())));
			work.announce(conversation(reviewer, id));
		});
	}

	private HeldReply reviewable(AccessScope reviewer, ConversationId id, UUID reply) {
		ConversationSummary conversation = conversation(reviewer, id);
		HeldReply held = of(id).stream()
			.filter(r -> r.id().equals(reply))
			.findFirst()
			.orElseThrow(() -> WorkRefused.unknown("held reply " + reply));
		if (!ApprovalPolicy.mayReview(reviewer, held.author(), conversation)) {
			throw WorkRefused.notAllowed("replies held for approval are reviewed by someone else who runs the account "
					+ "(not its author, not agency staff)");
		}
		return held;
	}

	private ConversationSummary conversation(AccessScope scope, ConversationId id) {
		return conversations.thread(scope, id).orElseThrow(() -> WorkRefused.unknown(id)).conversation();
	}

	private static HeldReply held(ResultSet rs, int row) throws SQLException {
		return new HeldReply(rs.getObject(1, UUID.class), new ConversationId(rs.getObject(2, UUID.class)),
				new UnitId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5), rs.getBoolean(6),
				rs.getString(7), rs.getString(8), HeldReply.Status.valueOf(rs.getString(9)), rs.getString(10),
				rs.getString(11), rs.getTimestamp(12).toInstant());
	}
}
