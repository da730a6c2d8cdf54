package io.dandelion.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. {@code parent} is null for the group; languages are ISO 639-1, most used first. */
public record UnitSummary(UnitId id, String code, String name, UnitKind kind, @Nullable UnitId parent, String timeZone,
		List<String> languages, @Nullable String countryCode) {

	public UnitSummary {
		languages = List.copyOf(languages);
	}

	public boolean isRoot() {
		return parent == null;
	}
}
