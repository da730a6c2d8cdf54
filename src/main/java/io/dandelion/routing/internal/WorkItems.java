package io.dandelion.routing.internal;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsRouted.RoutedConversation;
import io.dandelion.routing.QueueId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work items of every queue, written in batches and taken one at a time without ever handing one out twice. */
@Component
class WorkItems {

	private static final String COLUMNS = "i.conversation_id, i.queue_id, i.unit_id, i.channel_id, i.platform, "
			+ "i.language, i.intent, i.priority, i.state, i.assignee, i.waiting_since, i.due_at";

	private final JdbcClient jdbc;

	WorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The conversations among {@code ids} that are already waiting in a queue or held by someone. */
	Set<ConversationId> activeAmong(Collection<ConversationId> ids) {
		return new HashSet<>(jdbc
			.sql("select conversation_id from routing_item where conversation_id = any(?::uuid[]) and state <> 'DONE'")
			.param(strings(ids, ConversationId::toString))
			.query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
			.list());
	}

	/**
	 * Records that routing handled these messages and returns those it had not handled before. A concurrent
	 * transaction holding the same messages makes this wait for its outcome, so a message is routed once.
	 */
	Set<MessageId> firstSeen(Collection<MessageId> messages) {
		if (messages.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				insert into routing_message_seen (message_id) select unnest(?::uuid[])
				on conflict (message_id) do nothing
				returning message_id""")
			.param(strings(messages, MessageId::toString))
			.query((rs, n) -> new MessageId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** Makes waiting or held conversations at least as urgent as their newest messages say. */
	void raisePriority(Map<ConversationId, Integer> priorities) {
		if (priorities.isEmpty()) {
			return;
		}
		var entries = List.copyOf(priorities.entrySet());
		jdbc.sql("""
				update routing_item r set priority = least(r.priority, t.priority)
				from unnest(?::uuid[], ?::smallint[]) as t(id, priority)
				where r.conversation_id = t.id and r.state <> 'DONE'""")
			.params(strings(entries, e -> e.getKey().toString()), strings(entries, e -> e.getValue().toString()))
			.update();
	}

	/**
	 * Puts conversations into their queues in one statement: new ones, and answered ones that the customer
	 * wrote to again. A conversation that a concurrent batch queued first is left alone; the ones this
	 * batch queued are returned.
	 */
	Set<ConversationId> enqueue(List<RoutedConversation> routed, Map<ConversationId, Enqueued> facts) {
		if (routed.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				insert into routing_item (conversation_id, queue_id, unit_id, channel_id, platform, language, intent,
				                          priority, state, waiting_since, routed_at)
				select t.c, t.q, t.u, t.ch, t.p, t.l, t.i, t.pr, 'QUEUED', t.w, now()
				from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::smallint[],
				            ?::timestamptz[]) as t(c, q, u, ch, p, l, i, pr, w)
				on conflict (conversation_id) do update
				set queue_id = excluded.queue_id, unit_id = excluded.unit_id, channel_id = excluded.channel_id,
				    platform = excluded.platform, language = excluded.language, intent = excluded.intent,
				    priority = excluded.priority, state = 'QUEUED', assignee = null, assigned_at = null,
				    waiting_since = excluded.waiting_since, due_at = null, routed_at = now()
				where routing_item.state = 'DONE'
				returning conversation_id""")
			.params(strings(routed, r -> r.conversation().toString()), strings(routed, r -> r.queue().toString()),
					strings(routed, r -> r.unit().toString()),
					strings(routed, r -> facts.get(r.conversation()).channel().toString()),
					strings(routed, r -> facts.get(r.conversation()).platform()), strings(routed, RoutedConversation::language),
					strings(routed, r -> facts.get(r.conversation()).intent()),
					strings(routed, r -> Integer.toString(r.priority())),
					strings(routed, r -> facts.get(r.conversation()).waitingSince().toString()))
			.query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** Records why each conversation went where it went. */
	void recordDecisions(List<RoutedConversation> routed, Map<ConversationId, Enqueued> facts) {
		if (routed.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into routing_decision (id, conversation_id, message_id, queue_id, step, reason)
				select gen_random_uuid(), t.c, t.m, t.q, t.s, t.r
				from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[]) as t(c, m, q, s, r)""")
			.params(strings(routed, r -> r.conversation().toString()),
					strings(routed, r -> facts.get(r.conversation()).message().toString()),
					strings(routed, r -> r.queue().toString()), strings(routed, r -> r.step().name()),
					strings(routed, RoutedConversation::reason))
			.update();
	}

	/**
	 * Gives the most pressing waiting item of {@code queue} that {@code scope} covers to {@code agent}:
	 * oldest breach first, then the most urgent, then the longest waiting. Rows another node is taking
	 * at this moment are skipped, not waited for, so two nodes never hand out the same conversation.
	 */
	Optional<WorkItem> takeNext(QueueId queue, ItemScope scope, MemberId agent) {
		List<Object> parameters = new ArrayList<>();
		parameters.add(queue.value());
		parameters.addAll(List.of(scope.parameters()));
		parameters.add(agent.value());
		return jdbc.sql("with next as (select i.conversation_id from routing_item i where i.queue_id = ? "
				+ "and i.state = 'QUEUED' and " + ItemScope.CONDITION + """
				 order by i.due_at nulls last, i.priority, i.waiting_since, i.conversation_id
				 limit 1 for update skip locked)
				update routing_item i set state = 'ASSIGNED', assignee = ?, assigned_at = now()
				from next where i.conversation_id = next.conversation_id
				returning""" + " " + COLUMNS)
			.params(parameters)
			.query(WorkItems::item)
			.optional();
	}

	/** Up to {@code limit} waiting items of {@code queue}, oldest breach first, locked; rows others hold are skipped. */
	List<WorkItem> waiting(QueueId queue, int limit) {
		return jdbc.sql("select " + COLUMNS + " from routing_item i where i.queue_id = ? and i.state = 'QUEUED' "
				+ "order by i.due_at nulls last, i.priority, i.waiting_since, i.conversation_id limit ? "
				+ "for update skip locked")
			.params(queue.value(), limit)
			.query(WorkItems::item)
			.list();
	}

	/** Gives locked items to agents, in one statement. */
	void assignAll(List<ConversationsAssigned.Assignment> assignments) {
		jdbc.sql("""
				update routing_item i set state = 'ASSIGNED', assignee = t.m, assigned_at = now()
				from unnest(?::uuid[], ?::uuid[]) as t(c, m) where i.conversation_id = t.c""")
			.params(strings(assignments, a -> a.conversation().toString()), strings(assignments, a -> a.agent().toString()))
			.update();
	}

	/** How many conversations each agent holds, and when they were last given one. */
	Map<MemberId, Load> loads(Collection<MemberId> agents) {
		Map<MemberId, Load> loads = new HashMap<>();
		jdbc.sql("""
				select m.id, (select count(*) from routing_item i where i.state = 'ASSIGNED' and i.assignee = m.id),
				       (select max(a.assigned_at) from routing_assignment a where a.member_id = m.id)
				from unnest(?::uuid[]) as m(id)""")
			.param(strings(agents, MemberId::toString))
			.query(rs -> {
				Timestamp last = rs.getTimestamp(3);
				loads.put(new MemberId(rs.getObject(1, UUID.class)),
						new Load(rs.getInt(2), last == null ? null : last.toInstant()));
			});
		return loads;
	}

	/** How many conversations each agent holds from the queues of each team. */
	Map<MemberId, Map<TeamId, Integer>> heldPerTeam(Collection<MemberId> agents) {
		Map<MemberId, Map<TeamId, Integer>> held = new HashMap<>();
		jdbc.sql("""
				select i.assignee, q.team_id, count(*) from routing_item i join routing_queue q on q.id = i.queue_id
				where i.state = 'ASSIGNED' and i.assignee = any(?::uuid[]) group by i.assignee, q.team_id""")
			.param(strings(agents, MemberId::toString))
			.query(rs -> {
				held.computeIfAbsent(new MemberId(rs.getObject(1, UUID.class)), m -> new HashMap<>())
					.put(new TeamId(rs.getObject(2, UUID.class)), rs.getInt(3));
			});
		return held;
	}

	/** An agent's open conversations and their latest assignment. */
	record Load(int open, @Nullable Instant lastAssignedAt) {
	}

	/**
	 * Items being waited on or worked whose account is lent now ({@code lent}) or that went to a borrowing
	 * team, with their team and the step of their latest routing decision; locked, rows others hold skipped.
	 */
	List<Routed> routedWithLoans(Collection<UUID> lent) {
		return jdbc.sql("select " + COLUMNS + ", q.team_id, d.step from routing_item i "
				+ "join routing_queue q on q.id = i.queue_id cross join lateral (select step from routing_decision r "
				+ "where r.conversation_id = i.conversation_id order by r.decided_at desc limit 1) d "
				+ "where i.state <> 'DONE' and (i.channel_id = any(?::uuid[]) or d.step = 'LENT_CHANNEL') "
				+ "for update of i skip locked")
			.param(strings(lent, UUID::toString))
			.query((rs, n) -> new Routed(item(rs, n), new TeamId(rs.getObject("team_id", UUID.class)),
					rs.getString("step")))
			.list();
	}

	/** A work item, the team whose queue holds it, and the step of its latest routing decision. */
	record Routed(WorkItem item, TeamId team, String step) {
	}

	/** The item of {@code conversation}, if it was ever routed. */
	Optional<WorkItem> find(ConversationId conversation) {
		return jdbc.sql("select " + COLUMNS + " from routing_item i where i.conversation_id = ?")
			.param(conversation.value())
			.query(WorkItems::item)
			.optional();
	}

	/** The item of {@code conversation}, locked until the transaction ends. */
	Optional<WorkItem> lock(ConversationId conversation) {
		return jdbc.sql("select " + COLUMNS + " from routing_item i where i.conversation_id = ? for update")
			.param(conversation.value())
			.query(WorkItems::item)
			.optional();
	}

	/** Gives a locked item to {@code agent}. */
	void assign(ConversationId conversation, MemberId agent) {
		jdbc.sql("update routing_item set state = 'ASSIGNED', assignee = ?, assigned_at = now() where conversation_id = ?")
			.params(agent.value(), conversation.value())
			.update();
	}

	/** Puts a locked item (back) into {@code queue}, held by nobody. */
	void requeue(ConversationId conversation, QueueId queue) {
		jdbc.sql("""
				update routing_item set state = 'QUEUED', queue_id = ?, assignee = null, assigned_at = null
				where conversation_id = ?""")
			.params(queue.value(), conversation.value())
			.update();
	}

	/** Moves a locked item that stays with its holder to {@code queue}. */
	void moveHeld(ConversationId conversation, QueueId queue) {
		jdbc.sql("update routing_item set queue_id = ? where conversation_id = ?")
			.params(queue.value(), conversation.value())
			.update();
	}

	/** Opens the record of who holds each conversation now, in one statement. */
	void recordAssignments(List<ConversationsAssigned.Assignment> assignments, @Nullable String note) {
		if (assignments.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into routing_assignment (id, conversation_id, member_id, queue_id, how, note)
				select gen_random_uuid(), t.c, t.m, t.q, t.h, ?
				from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[]) as t(c, m, q, h)""")
			.params(note, strings(assignments, a -> a.conversation().toString()),
					strings(assignments, a -> a.agent().toString()), strings(assignments, a -> a.queue().toString()),
					strings(assignments, a -> a.how().name()))
			.update();
	}

	/** Closes the current holder's record of {@code conversations}, saying how it ended. */
	void endAssignments(Collection<ConversationId> conversations, String how) {
		jdbc.sql("""
				update routing_assignment set ended_at = now(), ended_how = ?
				where conversation_id = any(?::uuid[]) and ended_at is null""")
			.params(how, strings(conversations, ConversationId::toString))
			.update();
	}

	/** Records a person's (or an SLA rule's) move of a conversation to a queue, with the reason given. */
	void recordMove(ConversationId conversation, QueueId queue, String step, String reason, String actor) {
		jdbc.sql("""
				insert into routing_decision (id, conversation_id, queue_id, step, reason, actor)
				values (gen_random_uuid(), ?, ?, ?, ?, ?)""")
			.params(conversation.value(), queue.value(), step, reason, actor)
			.update();
	}

	/** How many items each of {@code queues} holds that {@code scope} covers. */
	Map<QueueId, Counts> counts(Collection<QueueId> queues, ItemScope scope) {
		List<Object> parameters = new ArrayList<>(List.of(scope.parameters()));
		parameters.add(strings(queues, QueueId::toString));
		Map<QueueId, Counts> counts = new HashMap<>();
		jdbc.sql("select i.queue_id, count(*) filter (where i.state = 'QUEUED'), "
				+ "count(*) filter (where i.state = 'ASSIGNED'), min(i.waiting_since) filter (where i.state = 'QUEUED'), "
				+ "count(*) filter (where i.due_at <= now()) "
				+ "from routing_item i where " + ItemScope.CONDITION
				+ " and i.queue_id = any(?::uuid[]) and i.state <> 'DONE' group by i.queue_id")
			.params(parameters)
			.query(rs -> {
				Timestamp oldest = rs.getTimestamp(4);
				counts.put(new QueueId(rs.getObject(1, UUID.class)),
						new Counts(rs.getInt(2), rs.getInt(3), oldest == null ? null : oldest.toInstant(), rs.getInt(5)));
			});
		return counts;
	}

	/** Waiting and held items of a queue, since when the oldest one waits, and how many are past their SLA deadline. */
	record Counts(int waiting, int assigned, @Nullable Instant oldestWaitingSince, int overdue) {

		static final Counts NONE = new Counts(0, 0, null, 0);
	}

	/** What routing knows of a conversation beyond its decision: the message that caused it, where, and since when. */
	record Enqueued(MessageId message, UUID channel, String platform, @Nullable String intent, Instant waitingSince) {
	}

	private static WorkItem item(ResultSet rs, int row) throws SQLException {
		UUID assignee = rs.getObject("assignee", UUID.class);
		Timestamp due = rs.getTimestamp("due_at");
		return new WorkItem(new ConversationId(rs.getObject("conversation_id", UUID.class)),
				new QueueId(rs.getObject("queue_id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				rs.getObject("channel_id", UUID.class), rs.getString("platform"), rs.getString("language"), rs.getString("intent"), rs.getInt("priority"),
				WorkItem.State.valueOf(rs.getString("state")), assignee == null ? null : new MemberId(assignee),
				rs.getTimestamp("waiting_since").toInstant(), due == null ? null : due.toInstant());
	}

	private static <T> String[] strings(Collection<T> values, Function<T, @Nullable String> text) {
		return values.stream().map(text).toArray(String[]::new);
	}
}
