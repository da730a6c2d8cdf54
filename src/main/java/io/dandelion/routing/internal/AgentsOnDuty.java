package io.dandelion.routing.internal;

import io.dandelion.organisation.LanguageSkill;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamMember;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.AgentLoad;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agents auto-assignment may give work to during one run, each known once so that what they take
 * in one queue counts in the next. An agent in several teams holds at most their capacity in each team
 * for that team's work, and at most their largest capacity in all; their load (share of that largest
 * capacity) counts everything they hold, whichever team it came from.
 */
final class AgentsOnDuty {

	private final Teams teams;
	private final MemberDirectory directory;
	private final Presences presences;
	private final WorkItems items;
	private final ItemScopes scopes;
	private final Collection<Loans.Loan> lent;
	private final Map<TeamId, List<TeamMember>> members = new HashMap<>();
	private final Map<MemberId, Agent> agents = new HashMap<>();

	AgentsOnDuty(Teams teams, MemberDirectory directory, Presences presences, WorkItems items, ItemScopes scopes,
			Collection<Loans.Loan> lent) {
		this.teams = teams;
		this.directory = directory;
		this.presences = presences;
		this.items = items;
		this.scopes = scopes;
		this.lent = lent;
	}

	/** The team's agents who are online; their loads carry over between the queues of a run. */
	List<Agent> of(TeamId team) {
		List<TeamMember> inTeam = membersOf(team);
		List<MemberId> unknown = inTeam.stream().map(m -> m.member().id()).filter(id -> !agents.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			Map<MemberId, AgentLoad.Presence> presence = presences.of(unknown);
			Map<MemberId, WorkItems.Load> loads = items.loads(unknown);
			Map<MemberId, Map<TeamId, Integer>> heldPerTeam = items.heldPerTeam(unknown);
			for (TeamMember m : inTeam) {
				MemberId id = m.member().id();
				if (agents.containsKey(id)) {
					continue;
				}
				Map<TeamId, Integer> capacities = capacities(id);
				int overall = capacities.values().stream().mapToInt(Integer::intValue).max().orElse(0);
				var languages = m.member()
					.languages()
					.stream()
					.filter(skill -> skill.level().answersCustomers())
					.map(LanguageSkill::language)
					.collect(Collectors.toSet());
				WorkItems.Load load = loads.getOrDefault(id, new WorkItems.Load(0, null));
				agents.put(id, new Agent(
						new AgentLoad(id, languages, load.open(), overall, presence.get(id), load.lastAssignedAt()),
						capacities, new HashMap<>(heldPerTeam.getOrDefault(id, Map.of())),
						scopes.of(directory.scopeOf(id), Permission.CONVERSATIONS_WORK, lent)));
			}
		}
		return inTeam.stream()
			.map(m -> agents.get(m.member().id()))
			.filter(a -> a.load().presence() == AgentLoad.Presence.ONLINE)
			.toList();
	}

	Agent get(MemberId member) {
		return agents.get(member);
	}

	private List<TeamMember> membersOf(TeamId team) {
		return members.computeIfAbsent(team, teams::members);
	}

	/** The member's capacity in each of their teams. */
	private Map<TeamId, Integer> capacities(MemberId member) {
		Map<TeamId, Integer> capacities = new HashMap<>();
		for (TeamSummary team : teams.ofMember(member)) {
			membersOf(team.id()).stream()
				.filter(m -> m.member().id().equals(member))
				.findFirst()
				.ifPresent(m -> capacities.put(team.id(), m.capacity()));
		}
		return capacities;
	}

	/** An agent's load as it grows during a run. */
	static final class Agent {

		private AgentLoad load;
		private final Map<TeamId, Integer> capacities;
		private final Map<TeamId, Integer> held;
		private final ItemScope scope;

		Agent(AgentLoad load, Map<TeamId, Integer> capacities, Map<TeamId, Integer> held, ItemScope scope) {
			this.load = load;
			this.capacities = capacities;
			this.held = held;
			this.scope = scope;
		}

		AgentLoad load() {
			return load;
		}

		ItemScope scope() {
			return scope;
		}

		/** Whether the agent holds less of {@code team}'s work than their capacity in that team. */
		boolean hasRoomIn(TeamId team) {
			return held.getOrDefault(team, 0) < capacities.getOrDefault(team, 0);
		}

		void took(TeamId team) {
			held.merge(team, 1, Integer::sum);
			load = new AgentLoad(load.agent(), load.languages(), load.open() + 1, load.capacity(), load.presence(),
					Instant.now());
		}
	}
}
