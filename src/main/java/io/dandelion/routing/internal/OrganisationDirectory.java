package io.dandelion.routing.internal;

import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import io.dandelion.routing.RoutingDirectory;
import io.dandelion.routing.RoutingTarget;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds, for each batch, the directory routing chooses teams from, over the organisation and the queues. */
@Component
class OrganisationDirectory {

	private final Units units;
	private final Teams teams;
	private final Queues queues;

	OrganisationDirectory(Units units, Teams teams, Queues queues) {
		this.units = units;
		this.teams = teams;
		this.queues = queues;
	}

	/** The queue placement for one batch. */
	Placement placement() {
		return new Placement(queues, units, teams);
	}

	/** The team acting for each lent channel, as routing targets (a team that no longer exists is left out). */
	Map<UUID, RoutingTarget> borrowers(Map<UUID, Loans.Loan> loans) {
		Map<UUID, RoutingTarget> targets = new HashMap<>();
		loans.forEach((channel, loan) -> teams.find(loan.team())
			.ifPresent(team -> targets.put(channel, new RoutingTarget(team.id(), team.name()))));
		return targets;
	}

	/** A directory that remembers its answers for the length of one batch. */
	RoutingDirectory forBatch() {
		return new BatchDirectory(units, teams, queues);
	}
}
