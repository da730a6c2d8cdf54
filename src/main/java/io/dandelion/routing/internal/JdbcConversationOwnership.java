package io.dandelion.routing.internal;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.routing.ConversationOwnership;
import io.dandelion.routing.QueueId;
import io.dandelion.routing.SlaTimer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's view of routing: work states read in one query per page (queue, holder, the most
 * pressing running SLA timer), and the people's moves carried out by {@link Ownership}, whose refusals
 * are translated into the public exceptions.
 */
@Component
class JdbcConversationOwnership implements ConversationOwnership {

	private static final String STATE = """
			select i.conversation_id, i.queue_id, q.name, i.state, i.assignee, i.priority, t.kind, t.warn_at, t.due_at
			from routing_item i join routing_queue q on q.id = i.queue_id
			left join lateral (select kind, warn_at, due_at from sla_timer
			                   where conversation_id = i.conversation_id and stopped_at is null
			                   order by due_at limit 1) t on true
			where\s""" + ItemScope.CONDITION;

	private final JdbcClient jdbc;
	private final Ownership ownership;
	private final QueueWork queues;
	private final ItemScopes scopes;

	JdbcConversationOwnership(JdbcClient jdbc, Ownership ownership, QueueWork queues, ItemScopes scopes) {
		this.jdbc = jdbc;
		this.ownership = ownership;
		this.queues = queues;
		this.scopes = scopes;
	}

	@Override
	public List<QueueCount> queues(AccessScope scope) {
		return queues.visible(scope)
			.stream()
			.map(q -> new QueueCount(q.id(), q.name(), q.waiting(), q.assigned(), q.oldestWaitingSince()))
			.toList();
	}

	@Override
	public Optional<ConversationId> takeNext(AccessScope scope, QueueId queue) {
		try {
			return queues.takeNext(scope, queue).map(WorkItem::conversation);
		}
		catch (QueueWork.UnknownQueueException e) {
			throw new UnknownQueueException(e.getMessage());
		}
		catch (QueueWork.NotAllowedException e) {
			throw new NotAllowedException(e.getMessage());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkState> state(AccessScope scope, ConversationId conversation) {
		return Optional.ofNullable(states(scope, List.of(conversation)).get(conversation));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ConversationId, WorkState> states(AccessScope scope, Collection<ConversationId> conversations) {
		Map<ConversationId, WorkState> states = new HashMap<>();
		if (conversations.isEmpty()) {
			return states;
		}
		List<Object> parameters = new ArrayList<>(List.of(scopes.of(scope, Permission.CONVERSATIONS_READ).parameters()));
		parameters.add(conversations.stream().map(ConversationId::toString).toArray(String[]::new));
		Instant now = Instant.now();
		jdbc.sql(STATE + " and i.conversation_id = any(?::uuid[])")
			.params(parameters)
			.query((rs, n) -> state(rs, now))
			.list()
			.forEach(s -> states.put(s.conversation(), s));
		return states;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConversationId> matching(AccessScope scope, @Nullable MemberId holder, SlaTimer.@Nullable State sla,
			int limit) {
		List<Object> parameters = new ArrayList<>(List.of(scopes.of(scope, Permission.CONVERSATIONS_READ).parameters()));
		StringBuilder sql = new StringBuilder(STATE).append(" and i.state <> 'DONE'");
		if (holder != null) {
			sql.append(" and i.assignee = ?");
			parameters.add(holder.value());
		}
		if (sla != null) {
			sql.append(switch (sla) {
				case RUNNING -> " and t.warn_at > now()";
				case WARNING -> " and t.warn_at <= now() and t.due_at > now()";
				case BREACHED -> " and t.due_at <= now()";
				case MET, MISSED -> throw new IllegalArgumentException(
						"the SLA filter is running, warning or breached, not " + sla.name().toLowerCase());
			});
		}
		sql.append(" order by t.due_at nulls last, i.priority, i.waiting_since limit ?");
		parameters.add(limit);
		return jdbc.sql(sql.toString())
			.params(parameters)
			.query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
			.list();
	}

	@Override
	public WorkState take(AccessScope scope, ConversationId conversation) {
		return moved(scope, conversation, () -> ownership.take(scope, conversation));
	}

	@Override
	public WorkState handToMember(AccessScope scope, ConversationId conversation, MemberId to, String note) {
		return moved(scope, conversation, () -> ownership.handToMember(scope, conversation, to, note));
	}

	@Override
	public WorkState handToTeam(AccessScope scope, ConversationId conversation, TeamId team, String note) {
		return moved(scope, conversation, () -> ownership.handToTeam(scope, conversation, team, note));
	}

	@Override
	public WorkState escalate(AccessScope scope, ConversationId conversation, Escalation to, @Nullable TeamId team,
			String reason) {
		var where = Ownership.Escalation.valueOf(to.name());
		return moved(scope, conversation, () -> ownership.escalate(scope, conversation, where, team, reason));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Move> history(AccessScope scope, ConversationId conversation) {
		if (state(scope, conversation).isEmpty()) {
			throw new UnknownConversationException("no conversation " + conversation + " in any queue of yours");
		}
		return jdbc.sql("""
				select d.decided_at, d.step, q.name, d.reason, d.actor from routing_decision d
				join routing_queue q on q.id = d.queue_id where d.conversation_id = ? order by d.decided_at, d.id""")
			.param(conversation.value())
			.query((rs, n) -> new Move(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** Carries out a move and reads the state the caller now sees (empty if the move took it out of their sight). */
	private WorkState moved(AccessScope scope, ConversationId conversation, Supplier<WorkItem> move) {
		WorkItem item;
		try {
			item = move.get();
		}
		catch (Ownership.UnknownConversationException e) {
			throw new UnknownConversationException(e.getMessage());
		}
		catch (QueueWork.NotAllowedException e) {
			throw new NotAllowedException(e.getMessage());
		}
		return state(scope, conversation).orElseGet(() -> new WorkState(item.conversation(), item.queue(), "",
				WorkState.State.valueOf(item.state().name()), item.assignee(), item.priority(), null));
	}

	private static WorkState state(ResultSet rs, Instant now) throws SQLException {
		UUID holder = rs.getObject(5, UUID.class);
		String kind = rs.getString(7);
		Sla sla = null;
		if (kind != null) {
			Instant warnAt = rs.getTimestamp(8).toInstant();
			Instant dueAt = rs.getTimestamp(9).toInstant();
			SlaTimer.State state = !now.isBefore(dueAt) ? SlaTimer.State.BREACHED
					: now.isBefore(warnAt) ? SlaTimer.State.RUNNING : SlaTimer.State.WARNING;
			sla = new Sla(SlaTimer.Kind.valueOf(kind), warnAt, dueAt, state);
		}
		return new WorkState(new ConversationId(rs.getObject(1, UUID.class)), new QueueId(rs.getObject(2, UUID.class)),
				rs.getString(3), WorkState.State.valueOf(rs.getString(4)), holder == null ? null : new MemberId(holder),
				rs.getInt(6), sla);
	}
}
