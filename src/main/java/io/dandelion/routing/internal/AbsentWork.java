package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.ConversationsReturned;
import io.dandelion.routing.QueueId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the conversations of agents who have been away or offline for longer than the configured time
 * back to their queues, so that nobody's customers wait for someone who has gone home. Safe on any
 * number of nodes: rows another node is returning are skipped.
 */
@Component
@EnableConfigurationProperties(RoutingProperties.class)
class AbsentWork {

	private final JdbcClient jdbc;
	private final RoutingProperties properties;
	private final WorkItems items;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	AbsentWork(JdbcClient jdbc, RoutingProperties properties, WorkItems items, AuditLog audit,
			ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.properties = properties;
		this.items = items;
		this.audit = audit;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${dandelion.routing.absent-check-every:PT1M}", initialDelayString = "PT1M")
	void scheduled() {
		// through the template: a call from within the bean would not pass its transactional proxy
		transactions.executeWithoutResult(status -> returnAbsentWork());
	}

	/** Returns what absent agents hold; returns the conversations given back. */
	@Transactional
	public List<ConversationsReturned.Returned> returnAbsentWork() {
		List<Returned> returned = jdbc.sql("""
				with absent as (
				    select i.conversation_id, i.assignee
				    from routing_item i left join agent_presence p on p.member_id = i.assignee
				    where i.state = 'ASSIGNED' and coalesce(p.presence, 'OFFLINE') <> 'ONLINE'
				      and greatest(p.since, i.assigned_at) < now() - ?::interval
				    for update of i skip locked)
				update routing_item i set state = 'QUEUED', assignee = null, assigned_at = null
				from absent where i.conversation_id = absent.conversation_id
				returning i.conversation_id, i.queue_id, i.unit_id, absent.assignee""")
			.param(properties.returnAbsentWorkAfter().toSeconds() + " seconds")
			.query((rs, n) -> new Returned(new ConversationsReturned.Returned(
					new ConversationId(rs.getObject(1, UUID.class)), new QueueId(rs.getObject(2, UUID.class)),
					new MemberId(rs.getObject(4, UUID.class))), new UnitId(rs.getObject(3, UUID.class))))
			.list();
		if (returned.isEmpty()) {
			return List.of();
		}
		items.endAssignments(returned.stream().map(r -> r.returned().conversation()).toList(), "RETURNED");
		returned.forEach(r -> audit.record(new AuditEntry("system", "routing.returned", r.unit(), "conversation",
				r.returned().conversation().toString(), Map.of("agent", r.returned().from().toString()),
				Map.of("queue", r.returned().queue().toString()))));
		var conversations = returned.stream().map(Returned::returned).toList();
		events.publishEvent(new ConversationsReturned(conversations));
		return conversations;
	}

	private record Returned(ConversationsReturned.Returned returned, UnitId unit) {
	}
}
