package io.dandelion.organisation.web;

import io.dandelion.organisation.AgencySummary;
import io.dandelion.organisation.ContractSummary;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;

/** An agency on the agencies page, with the contracts of it that touch the caller's units and the names of their units. */
public record AgencyRow(AgencySummary agency, List<ContractSummary> contracts, Map<UnitId, String> unitNames) {

	public AgencyRow {
		contracts = List.copyOf(contracts);
		unitNames = Map.copyOf(unitNames);
	}

	/** The names of the units a contract covers, sorted. */
	public String units(ContractSummary contract) {
		return String.join(", ", contract.units().stream().map(u -> unitNames.getOrDefault(u, "?")).sorted().toList());
	}
}
