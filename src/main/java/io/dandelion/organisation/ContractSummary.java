package io.dandelion.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agency contract: the units (each with its subtree), languages and platforms its staff work on (empty
 * means all), whether they see personal data masked, the hours a week bought, and when it runs.
 */
public record ContractSummary(UUID id, AgencyId agency, String name, Set<UnitId> units, List<String> languages,
		Set<String> platforms, boolean maskPersonalData, int hoursPerWeek, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn) {

	public ContractSummary {
		units = Set.copyOf(units);
		languages = List.copyOf(languages);
		platforms = Set.copyOf(platforms);
	}
}
