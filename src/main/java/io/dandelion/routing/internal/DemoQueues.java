package io.dandelion.routing.internal;

import io.dandelion.organisation.DemoOrganisationSeeded;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.QueueId;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's queues: one per care-helper team for its own country's conversations (given
 * out automatically to the team's online agents), one
 * for the agency, and the hub's queue and triage queue on the hub social team.
 */
@Component
class DemoQueues {

	private final Queues queues;
	private final Teams teams;

	DemoQueues(Queues queues, Teams teams) {
		this.queues = queues;
		this.teams = teams;
	}

	@ApplicationModuleListener
	void on(DemoOrganisationSeeded demo) {
		demo.teams().forEach((key, id) -> {
			if (key.endsWith(".care")) {
				team(id).ifPresent(team -> queues.create(new Queue(QueueId.random(), team.id(), team.unit(), team.name(),
						Queue.Role.TEAM, Set.of(team.unit()), Set.of(), Set.of(), Set.of(), null, 100, true)));
			}
		});
		team(demo.teams().get("polyglot"))
			.ifPresent(agency -> queues.create(Queues.defaultFor(agency, agency.name(), Queue.Role.TEAM)));
		team(demo.teams().get("hub.community")).ifPresent(hub -> {
			queues.create(Queues.defaultFor(hub, "Hub care", Queue.Role.HUB));
			queues.create(Queues.defaultFor(hub, "Triage", Queue.Role.TRIAGE));
		});
	}

	private Optional<TeamSummary> team(@Nullable TeamId id) {
		return id == null ? Optional.empty() : teams.find(id);
	}
}
