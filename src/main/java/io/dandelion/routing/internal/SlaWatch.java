package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.RoutingDecision;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaTimer;
import io.dandelion.routing.SlaWarned;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the running SLA timers: warns once when a timer passes its warning point (audited and published
 * as {@link SlaWarned}, which the workspace turns into a notice to the holder or the queue's team), and on breach
 * carries out the policy's actions (raise the priority, give the conversation back to its queue,
 * escalate it to the hub) and publishes {@link SlaBreached}. Each timer is warned and breached once,
 * whichever node sees it first.
 */
@Component
class SlaWatch {

	private final JdbcClient jdbc;
	private final SlaPolicies policies;
	private final WorkItems items;
	private final OrganisationDirectory organisation;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	SlaWatch(JdbcClient jdbc, SlaPolicies policies, WorkItems items, OrganisationDirectory organisation,
			AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.items = items;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * Through the transaction template: a call to {@link #check()} from within this bean would not pass its
	 * transactional proxy, and the events it publishes reach the module listeners (the workspace's notices,
	 * analytics) only from a transaction that commits.
	 */
	@Scheduled(fixedDelayString = "${dandelion.routing.sla-check-every:PT30S}", initialDelayString = "PT30S")
	void scheduled() {
		transactions.executeWithoutResult(status -> check());
	}

	/** One check: warnings first, then breaches; returns how many timers were breached. */
	@Transactional
	public int check() {
		List<Reached> warned = reached("warned_at", "warn_at");
		for (Reached r : warned) {
			audit.record(new AuditEntry("system", "routing.sla-warned", r.deadline().unit(), "conversation",
					r.deadline().conversation().toString(), null, Map.of("timer", r.deadline().kind().name(), "policy",
							r.deadline().policy(), "due", r.deadline().dueAt().toString())));
		}
		if (!warned.isEmpty()) {
			events.publishEvent(new SlaWarned(warned.stream().map(Reached::deadline).toList()));
		}
		List<Reached> breached = reached("breached_at", "due_at");
		if (breached.isEmpty()) {
			return 0;
		}
		Map<UUID, SlaPolicies.Stored> byId = policies.all()
			.stream()
			.collect(Collectors.toMap(SlaPolicies.Stored::id, p -> p));
		for (Reached r : breached) {
			var actions = byId.containsKey(r.policy()) ? byId.get(r.policy()).onBreach() : Set.<SlaPolicies.BreachAction>of();
			act(r, actions);
			audit.record(new AuditEntry("system", "routing.sla-breached", r.deadline().unit(), "conversation",
					r.deadline().conversation().toString(), null, Map.of("timer", r.deadline().kind().name(), "policy",
							r.deadline().policy(), "actions", actions.stream().map(Enum::name).sorted().toList())));
		}
		events.publishEvent(new SlaBreached(breached.stream().map(Reached::deadline).toList()));
		return breached.size();
	}

	private void act(Reached r, Set<SlaPolicies.BreachAction> actions) {
		ConversationId conversation = r.deadline().conversation();
		if (actions.contains(SlaPolicies.BreachAction.RAISE_PRIORITY)) {
			jdbc.sql("update routing_item set priority = greatest(1, priority - 1) where conversation_id = ?")
				.param(conversation.value())
				.update();
		}
		var item = items.lock(conversation);
		if (item.isEmpty() || item.get().state() == WorkItem.State.DONE) {
			return;
		}
		String reason = r.deadline().kind() + " target of '" + r.deadline().policy() + "' breached";
		if (actions.contains(SlaPolicies.BreachAction.ESCALATE_TO_HUB)) {
			var hub = organisation.forBatch().hub();
			Queue queue = organisation.placement()
				.place(new RoutingDecision(hub, RoutingDecision.Step.HUB, reason),
						item.get().unit(), item.get().language(), item.get().channel(), item.get().intent(),
						item.get().priority());
			endHolding(item.get());
			items.requeue(conversation, queue.id());
			items.recordMove(conversation, queue.id(), "SLA_BREACHED", reason, "system");
		}
		else if (actions.contains(SlaPolicies.BreachAction.RETURN_TO_QUEUE) && item.get().assignee() != null) {
			endHolding(item.get());
			items.requeue(conversation, item.get().queue());
			items.recordMove(conversation, item.get().queue(), "SLA_BREACHED", reason, "system");
		}
	}

	private void endHolding(WorkItem item) {
		if (item.assignee() != null) {
			items.endAssignments(List.of(item.conversation()), "RETURNED");
		}
	}

	/** Marks the running timers whose {@code point} has passed and that were not marked yet; returns them. */
	private List<Reached> reached(String mark, String point) {
		return jdbc.sql("update sla_timer t set " + mark + " = now() from routing_item i "
				+ "join routing_queue q on q.id = i.queue_id "
				+ "where i.conversation_id = t.conversation_id and t.stopped_at is null and t." + mark
				+ " is null and t." + point + " <= now() "
				+ "returning t.conversation_id, i.unit_id, t.kind, t.policy, t.due_at, "
				+ "coalesce((select p.name from sla_policy p where p.id::text = t.policy), t.policy), "
				+ "case when i.state = 'ASSIGNED' then i.assignee end, q.team_id")
			.query((rs, n) -> {
				UUID holder = rs.getObject(7, UUID.class);
				return new Reached(new SlaDeadline(new ConversationId(rs.getObject(1, UUID.class)),
						new UnitId(rs.getObject(2, UUID.class)), SlaTimer.Kind.valueOf(rs.getString(3)), rs.getString(6),
						rs.getTimestamp(5).toInstant(), holder == null ? null : new MemberId(holder),
						new TeamId(rs.getObject(8, UUID.class))), UUID.fromString(rs.getString(4)));
			})
			.list();
	}

	private record Reached(SlaDeadline deadline, UUID policy) {
	}
}
