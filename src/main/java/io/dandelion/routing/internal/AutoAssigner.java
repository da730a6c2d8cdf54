package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.AgentLoad;
import io.dandelion.routing.AutoAssignment;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsAssigned.Assignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives waiting conversations of the queues that ask for it to the team's agents: online, speaking the
 * conversation's language, allowed to work it, below their capacity in the team and in all their teams;
 * least loaded first and, among equals, whoever waited longest since their last assignment. The
 * backlog is taken oldest breach first. One run at a time across all nodes (a PostgreSQL advisory lock), so capacities hold.
 */
@Component
class AutoAssigner {

	private static final Logger log = LoggerFactory.getLogger(AutoAssigner.class);

	static final int PER_QUEUE_AND_RUN = 500;

	private final JdbcClient jdbc;
	private final Queues queues;
	private final WorkItems items;
	private final Teams teams;
	private final Presences presences;
	private final MemberDirectory directory;
	private final ItemScopes scopes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	AutoAssigner(JdbcClient jdbc, Queues queues, WorkItems items, Teams teams, Presences presences,
			MemberDirectory directory, ItemScopes scopes, AuditLog audit, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.queues = queues;
		this.items = items;
		this.teams = teams;
		this.presences = presences;
		this.directory = directory;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${dandelion.routing.auto-assign-every:PT10S}", initialDelayString = "PT30S")
	void scheduled() {
		// through the template: a call from within the bean would not pass its transactional proxy
		transactions.executeWithoutResult(status -> assignWaiting());
	}

	/** One run over every auto-assigning queue; returns what was assigned (nothing if another node is running). */
	@Transactional
	public List<Assignment> assignWaiting() {
		// null when no schema of the search path exists any more: a test context's schema is dropped while its
		// scheduler still runs, and there is nothing to assign (any other failure still throws)
		var locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(current_schema() || '.routing.auto-assign'))")
			.query(Boolean.class)
			.optional();
		if (locked.isEmpty()) {
			log.debug("auto-assignment skipped: the database schema is gone");
			return List.of();
		}
		if (!locked.get()) {
			return List.of();
		}
		List<Assignment> assigned = new ArrayList<>();
		var onDuty = new AgentsOnDuty(teams, directory, presences, items, scopes, scopes.loans().values());
		for (Queue queue : queues.all().stream().filter(Queue::autoAssign).toList()) {
			List<AgentsOnDuty.Agent> team = onDuty.of(queue.team());
			if (team.isEmpty()) {
				continue;
			}
			for (WorkItem item : items.waiting(queue.id(), PER_QUEUE_AND_RUN)) {
				List<AgentLoad> able = team.stream()
					.filter(a -> a.hasRoomIn(queue.team()) && a.scope().covers(item))
					.map(AgentsOnDuty.Agent::load)
					.toList();
				AutoAssignment.choose(item.language(), able).ifPresent(member -> {
					onDuty.get(member).took(queue.team());
					assigned.add(new Assignment(item.conversation(), item.unit(), queue.id(), member,
							ConversationsAssigned.How.AUTO));
				});
			}
		}
		if (!assigned.isEmpty()) {
			items.assignAll(assigned);
			items.recordAssignments(assigned, null);
			assigned.forEach(a -> audit.record(new AuditEntry("system", "routing.auto-assigned", a.unit(), "conversation",
					a.conversation().toString(), null, Map.of("agent", a.agent().toString(), "queue", a.queue().toString()))));
			events.publishEvent(new ConversationsAssigned(assigned));
		}
		return assigned;
	}
}
