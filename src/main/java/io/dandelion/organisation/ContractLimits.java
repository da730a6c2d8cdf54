package io.dandelion.organisation;

import java.util.Set;

/**
 * The limits an agency contract puts on its staff: the units, languages (ISO 639-1) and channel
 * platforms it covers, and whether personal data is shown masked. Empty language or platform sets
 * mean "all".
 */
public record ContractLimits(AgencyId agency, Set<UnitId> units, Set<String> languages, Set<String> platforms,
		boolean maskPersonalData) {

	public ContractLimits {
		units = Set.copyOf(units);
		languages = Set.copyOf(languages);
		platforms = Set.copyOf(platforms);
	}

	public boolean coversLanguage(String language) {
		return languages.isEmpty() || languages.contains(language);
	}

	public boolean coversPlatform(String platform) {
		return platforms.isEmpty() || platforms.contains(platform);
	}
}
