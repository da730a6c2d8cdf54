package io.dandelion.routing.internal;

import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import io.dandelion.routing.RoutingDirectory;
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

	/** A directory that remembers its answers for the length of one batch. */
	RoutingDirectory forBatch() {
		return new BatchDirectory(units, teams, queues);
	}
}
