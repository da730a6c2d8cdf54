package io.dandelion.routing.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamMember;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.AgentLoad.Presence;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team lead watches: the queues they may see with what waits there and for how long, and for
 * each team behind those queues, who is online and how much each agent holds against their capacity.
 */
@Service
public class QueueBoard {

	private final QueueWork work;
	private final Teams teams;
	private final Presences presences;
	private final WorkItems items;

	QueueBoard(QueueWork work, Teams teams, Presences presences, WorkItems items) {
		this.work = work;
		this.teams = teams;
		this.presences = presences;
		this.items = items;
	}

	@Transactional(readOnly = true)
	public Board of(AccessScope scope) {
		Instant now = Instant.now();
		List<QueueWork.QueueView> queues = work.visible(scope);
		Set<TeamId> teamIds = new LinkedHashSet<>();
		queues.forEach(q -> teamIds.add(q.team()));
		List<TeamSummary> shown = teamIds.stream()
			.flatMap(id -> teams.find(id).stream())
			.sorted(Comparator.comparing(TeamSummary::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		Map<TeamId, String> names = new java.util.HashMap<>();
		shown.forEach(t -> names.put(t.id(), t.name()));
		List<QueueRow> rows = queues.stream()
			.map(q -> new QueueRow(q.id().toString(), q.name(), names.getOrDefault(q.team(), ""), q.waiting(),
					q.assigned(), q.overdue(),
					q.oldestWaitingSince() == null ? null : Duration.between(q.oldestWaitingSince(), now)))
			.toList();
		return new Board(rows, shown.stream().map(this::team).toList());
	}

	private TeamRow team(TeamSummary team) {
		List<TeamMember> members = teams.members(team.id());
		List<MemberId> ids = members.stream().map(m -> m.member().id()).toList();
		Map<MemberId, Presence> presence = presences.of(ids);
		Map<MemberId, Map<TeamId, Integer>> held = items.heldPerTeam(ids);
		List<AgentRow> agents = members.stream()
			.map(m -> {
				Map<TeamId, Integer> mine = held.getOrDefault(m.member().id(), Map.of());
				return new AgentRow(m.member().displayName(), presence.get(m.member().id()),
						mine.getOrDefault(team.id(), 0), m.capacity(),
						mine.values().stream().mapToInt(Integer::intValue).sum());
			})
			.sorted(Comparator.comparing(AgentRow::presence).thenComparing(AgentRow::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new TeamRow(team.name(), (int) agents.stream().filter(a -> a.presence() == Presence.ONLINE).count(),
				agents);
	}

	/** The board: queues, then teams with their agents. */
	public record Board(List<QueueRow> queues, List<TeamRow> teams) {
	}

	/** A queue's counts within the viewer's scope; {@code oldestWait} is null when nothing waits. */
	public record QueueRow(String id, String name, String team, int waiting, int held, int overdue,
			@Nullable Duration oldestWait) {
	}

	/** A team, how many of its agents are online, and each agent. */
	public record TeamRow(String name, int online, List<AgentRow> agents) {
	}

	/** An agent: presence, what they hold of this team's work against their capacity here, and in all their teams. */
	public record AgentRow(String name, Presence presence, int held, int capacity, int heldInAll) {
	}
}
