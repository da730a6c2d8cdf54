package io.dandelion.routing.internal;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.routing.RoutingDecision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Picks the queue within the team a decision chose, for one batch: the queue a rule or the hub/triage
 * step named; else the team's first queue whose selectors take the conversation; else the team's
 * catch-all queue, created on first use, so that routing a team needs no set-up.
 */
final class Placement {

	private final Queues queues;
	private final Units units;
	private final Teams teams;
	private final Map<TeamId, List<Queue>> byTeam = new HashMap<>();
	private final Map<UnitId, List<UnitId>> paths = new HashMap<>();

	Placement(Queues queues, Units units, Teams teams) {
		this.queues = queues;
		this.units = units;
		this.teams = teams;
	}

	Queue place(RoutingDecision decision, UnitId unit, String language, UUID channel, @Nullable String intent,
			int priority) {
		List<Queue> teamQueues = byTeam.computeIfAbsent(decision.target().team(), team -> queues.ofTeams(List.of(team)));
		String name = decision.target().name();
		if (decision.step() == RoutingDecision.Step.RULE || decision.step() == RoutingDecision.Step.HUB
				|| decision.step() == RoutingDecision.Step.TRIAGE) {
			Optional<Queue> named = byName(teamQueues, name);
			if (named.isPresent()) {
				return named.get();
			}
		}
		List<UnitId> path = paths.computeIfAbsent(unit,
				u -> units.path(u).stream().map(UnitSummary::id).toList());
		return teamQueues.stream()
			.filter(q -> q.role() == Queue.Role.TEAM && q.selects(path, language, channel, intent, priority))
			.findFirst()
			.or(() -> byName(teamQueues, name))
			.orElseGet(() -> created(decision.target().team(), name));
	}

	private Queue created(TeamId team, String name) {
		TeamSummary summary = teams.find(team)
			.orElseThrow(() -> new IllegalStateException("routing chose team " + team + ", which does not exist"));
		byTeam.remove(team);
		return queues.create(Queues.defaultFor(summary, name, Queue.Role.TEAM));
	}

	private static Optional<Queue> byName(List<Queue> queues, String name) {
		return queues.stream().filter(q -> q.name().equals(name)).findFirst();
	}
}
