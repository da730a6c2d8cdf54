package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.InboundItem;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.Conversations;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.ReplyGuard;
import io.dandelion.routing.ReplyingChanged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collision control in PostgreSQL, so that it holds across nodes: who is writing (rows that expire
 * unless renewed) and the claimed answers, at most one unconfirmed claim per inbound message.
 */
@Component
class JdbcReplyGuard implements ReplyGuard {

	static final String WRITING_LASTS = "30 seconds";

	private final JdbcClient jdbc;
	private final WorkItems items;
	private final Conversations conversations;
	private final Messages messages;
	private final SlaClock sla;
	private final ItemScopes scopes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	JdbcReplyGuard(JdbcClient jdbc, WorkItems items, Conversations conversations, Messages messages, SlaClock sla,
			ItemScopes scopes, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.items = items;
		this.conversations = conversations;
		this.messages = messages;
		this.sla = sla;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public List<Replier> startReplying(AccessScope scope, ConversationId conversation) {
		unitOf(scope, conversation, Permission.CONVERSATIONS_WORK);
		MemberId me = member(scope);
		jdbc.sql("""
				insert into reply_activity (conversation_id, member_id, actor, expires_at)
				values (?, ?, ?, now() + ?::interval)
				on conflict (conversation_id, member_id) do update set expires_at = excluded.expires_at""")
			.params(conversation.value(), me.value(), scope.actor(), WRITING_LASTS)
			.update();
		events.publishEvent(new ReplyingChanged(conversation, me, scope.actor(), true));
		return writing(conversation).stream().filter(r -> !r.member().equals(me)).toList();
	}

	@Override
	@Transactional
	public void stopReplying(AccessScope scope, ConversationId conversation) {
		// a conversation out of the caller's sight is unknown to them, here as everywhere
		unitOf(scope, conversation, Permission.CONVERSATIONS_READ);
		MemberId me = member(scope);
		int stopped = jdbc.sql("delete from reply_activity where conversation_id = ? and member_id = ?")
			.params(conversation.value(), me.value())
			.update();
		if (stopped > 0) {
			events.publishEvent(new ReplyingChanged(conversation, me, scope.actor(), false));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Replier> replying(AccessScope scope, ConversationId conversation) {
		unitOf(scope, conversation, Permission.CONVERSATIONS_READ);
		return writing(conversation);
	}

	@Override
	@Transactional
	public ReplyClaim claim(AccessScope scope, MessageId inbound, @Nullable UUID seenClaim) {
		ReceivedMessage message = messages.load(List.of(inbound))
			.stream()
			.findFirst()
			.orElseThrow(() -> new UnknownConversationException("no message " + inbound));
		UnitId unit = unitOf(scope, message.conversation(), Permission.CONVERSATIONS_WORK);
		if (message.direction() != InboundItem.Direction.INBOUND) {
			throw new IllegalArgumentException("only a customer's (inbound) message is answered");
		}
		Optional<ReplyClaim> first = claims(inbound, "and confirmed_over is null for update");
		ReplyClaim claim;
		if (first.isEmpty()) {
			claim = insert(scope, message, null)
				.orElseThrow(() -> new AlreadyAnsweredException(claims(inbound, "and confirmed_over is null").orElseThrow()));
		}
		else {
			ReplyClaim latest = claims(inbound, "order by claimed_at desc limit 1").orElseThrow();
			if (seenClaim == null || !seenClaim.equals(latest.id())) {
				throw new AlreadyAnsweredException(latest);
			}
			claim = insert(scope, message, first.get().id()).orElseThrow();
		}
		if (scope.member().isPresent()) {
			stopReplying(scope, message.conversation());
		}
		sla.answered(message.conversation());
		Map<String, Object> after = new HashMap<>();
		after.put("inbound", inbound.toString());
		if (claim.over() != null) {
			after.put("over", claim.over().toString());
		}
		audit.record(new AuditEntry(scope.actor(), claim.over() == null ? "routing.reply-claimed"
				: "routing.reply-claimed-over-earlier", unit, "conversation", message.conversation().toString(), null, after));
		return claim;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReplyClaim> claims(AccessScope scope, MessageId inbound) {
		ReceivedMessage message = messages.load(List.of(inbound))
			.stream()
			.findFirst()
			.orElseThrow(() -> new UnknownConversationException("no message " + inbound));
		unitOf(scope, message.conversation(), Permission.CONVERSATIONS_READ);
		return jdbc.sql("select id, inbound_message_id, conversation_id, actor, claimed_at, confirmed_over "
				+ "from reply_claim where inbound_message_id = ? order by claimed_at, id")
			.param(inbound.value())
			.query(JdbcReplyGuard::claim)
			.list();
	}

	private Optional<ReplyClaim> insert(AccessScope scope, ReceivedMessage message, @Nullable UUID over) {
		return jdbc.sql("""
				insert into reply_claim (id, inbound_message_id, conversation_id, member_id, actor, confirmed_over)
				values (?, ?, ?, ?, ?, ?)
				on conflict (inbound_message_id) where confirmed_over is null do nothing
				returning id, inbound_message_id, conversation_id, actor, claimed_at, confirmed_over""")
			.params(UUID.randomUUID(), message.id().value(), message.conversation().value(),
					scope.member().map(MemberId::value).orElse(null), scope.actor(), over)
			.query(JdbcReplyGuard::claim)
			.optional();
	}

	private Optional<ReplyClaim> claims(MessageId inbound, String rest) {
		return jdbc.sql("select id, inbound_message_id, conversation_id, actor, claimed_at, confirmed_over "
				+ "from reply_claim where inbound_message_id = ? " + rest)
			.param(inbound.value())
			.query(JdbcReplyGuard::claim)
			.optional();
	}

	private List<Replier> writing(ConversationId conversation) {
		return jdbc.sql("""
				select member_id, actor, started_at from reply_activity
				where conversation_id = ? and expires_at > now() order by started_at""")
			.param(conversation.value())
			.query((rs, n) -> new Replier(new MemberId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	/**
	 * The conversation's unit if the caller holds {@code permission} on it (on a lent account: as the
	 * borrowing team's member or the unit's admin); 404 if they cannot even read it.
	 */
	private UnitId unitOf(AccessScope scope, ConversationId conversation, Permission permission) {
		Optional<WorkItem> item = items.find(conversation);
		if (item.isPresent()) {
			if (!scopes.of(scope, Permission.CONVERSATIONS_READ).covers(item.get())) {
				throw new UnknownConversationException("no conversation " + conversation);
			}
			if (!scopes.of(scope, permission).covers(item.get())) {
				throw notAllowed();
			}
			return item.get().unit();
		}
		UnitId unit = conversations.thread(scope, conversation)
			.orElseThrow(() -> new UnknownConversationException("no conversation " + conversation))
			.conversation()
			.unit();
		if (!scope.can(permission, unit)) {
			throw notAllowed();
		}
		return unit;
	}

	private static NotAllowedException notAllowed() {
		return new NotAllowedException("answering in this conversation needs a role your grants do not give "
				+ "(or its account is lent to a team you are not in)");
	}

	private static MemberId member(AccessScope scope) {
		return scope.member().orElseThrow(() -> new NotAllowedException("only a member writes replies"));
	}

	private static ReplyClaim claim(ResultSet rs, int row) throws SQLException {
		return new ReplyClaim(rs.getObject(1, UUID.class), new MessageId(rs.getObject(2, UUID.class)),
				new ConversationId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getTimestamp(5).toInstant(),
				rs.getObject(6, UUID.class));
	}
}
