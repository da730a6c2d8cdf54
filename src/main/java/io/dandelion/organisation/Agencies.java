package io.dandelion.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only view of agencies and their contracts. */
public interface Agencies {

	List<AgencySummary> all();

	Optional<AgencySummary> find(AgencyId id);

	List<ContractSummary> contracts(AgencyId agency);

	Optional<ContractSummary> contract(UUID id);
}
