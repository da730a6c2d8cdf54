package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.LanguageSkill;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamMember;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.AgentLoad;
import io.dandelion.routing.AutoAssignment;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsAssigned.Assignment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives waiting conversations of the queues that ask for it to the team's agents: online, speaking the
 * conversation's language, allowed to work its unit, below their capacity; least loaded first and,
 * among equals, whoever waited longest since their last assignment. The backlog is taken oldest
 * breach first. One run at a time across all nodes (a PostgreSQL advisory lock), so capacities hold.
 */
@Component
class AutoAssigner {

	static final int PER_QUEUE_AND_RUN = 500;

	private final JdbcClient jdbc;
	private final Queues queues;
	private final WorkItems items;
	private final Teams teams;
	private final Presences presences;
	private final MemberDirectory directory;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	AutoAssigner(JdbcClient jdbc, Queues queues, WorkItems items, Teams teams, Presences presences,
			MemberDirectory directory, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.queues = queues;
		this.items = items;
		this.teams = teams;
		this.presences = presences;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${dandelion.routing.auto-assign-every:PT10S}", initialDelayString = "PT30S")
	void scheduled() {
		assignWaiting();
	}

	/** One run over every auto-assigning queue; returns what was assigned (nothing if another node is running). */
	@Transactional
	public List<Assignment> assignWaiting() {
		Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(current_schema() || '.routing.auto-assign'))")
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return List.of();
		}
		List<Assignment> assigned = new ArrayList<>();
		Map<MemberId, Agent> agents = new HashMap<>();
		for (Queue queue : queues.all().stream().filter(Queue::autoAssign).toList()) {
			List<Agent> team = teamOf(queue, agents);
			if (team.isEmpty()) {
				continue;
			}
			for (WorkItem item : items.waiting(queue.id(), PER_QUEUE_AND_RUN)) {
				List<AgentLoad> able = team.stream().filter(a -> a.scope().covers(item)).map(Agent::load).toList();
				Optional<MemberId> chosen = AutoAssignment.choose(item.language(), able);
				chosen.ifPresent(member -> {
					agents.get(member).took();
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

	/** The queue team's agents, each known once per run so that their load carries over between queues. */
	private List<Agent> teamOf(Queue queue, Map<MemberId, Agent> known) {
		List<TeamMember> members = teams.members(queue.team());
		List<MemberId> ids = members.stream().map(m -> m.member().id()).toList();
		Map<MemberId, AgentLoad.Presence> presence = presences.of(ids);
		Map<MemberId, WorkItems.Load> loads = items.loads(ids);
		return members.stream().map(m -> known.computeIfAbsent(m.member().id(), id -> {
			WorkItems.Load load = loads.getOrDefault(id, new WorkItems.Load(0, null));
			var languages = m.member()
				.languages()
				.stream()
				.filter(skill -> skill.level().answersCustomers())
				.map(LanguageSkill::language)
				.collect(Collectors.toSet());
			return new Agent(new AgentLoad(id, languages, load.open(), m.capacity(), presence.get(id),
					load.lastAssignedAt()), ItemScope.of(directory.scopeOf(id), Permission.CONVERSATIONS_WORK));
		})).toList();
	}

	/** An agent's load as it grows during a run. */
	private static final class Agent {

		private AgentLoad load;
		private final ItemScope scope;

		Agent(AgentLoad load, ItemScope scope) {
			this.load = load;
			this.scope = scope;
		}

		AgentLoad load() {
			return load;
		}

		ItemScope scope() {
			return scope;
		}

		void took() {
			load = new AgentLoad(load.agent(), load.languages(), load.open() + 1, load.capacity(), load.presence(),
					Instant.now());
		}
	}
}
