package io.dandelion.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A contract's terms, checked. */
record ContractDraft(String name, Set<UnitId> units, List<String> languages, Set<String> platforms,
		boolean maskPersonalData, int hoursPerWeek, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

	ContractDraft {
		name = UnitDraft.requireName(name);
		units = Set.copyOf(units == null ? Set.of() : units);
		if (units.isEmpty()) {
			throw new IllegalArgumentException("a contract covers at least one unit");
		}
		languages = Languages.requireAll(languages == null ? List.of() : languages);
		var checked = new TreeSet<String>();
		for (String platform : platforms == null ? Set.<String>of() : platforms) {
			String slug = platform.trim().toLowerCase(Locale.ROOT);
			if (!slug.matches("[a-z][a-z0-9_-]{0,30}")) {
				throw new IllegalArgumentException("not a platform name: '" + platform + "'");
			}
			checked.add(slug);
		}
		platforms = Set.copyOf(checked);
		if (hoursPerWeek < 0 || hoursPerWeek > 10_000) {
			throw new IllegalArgumentException("hours per week are 0 to 10000");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("a contract cannot end before it starts");
		}
	}
}
