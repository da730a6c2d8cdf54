package io.dandelion.routing.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.Set;

/**
 * Which work items a caller may see or take: those of the units where they hold a permission and, for
 * agency staff, only in the languages and on the platforms of their contract (empty: all).
 */
record ItemScope(Set<UnitId> units, Set<String> languages, Set<String> platforms) {

	ItemScope {
		units = Set.copyOf(units);
		languages = Set.copyOf(languages);
		platforms = Set.copyOf(platforms);
	}

	static ItemScope of(AccessScope scope, Permission permission) {
		Set<String> languages = scope.contract().map(ContractLimits::languages).orElse(Set.of());
		Set<String> platforms = scope.contract().map(ContractLimits::platforms).orElse(Set.of());
		return new ItemScope(scope.units(permission), languages, platforms);
	}

	/** Whether the item lies within this scope. */
	boolean covers(WorkItem item) {
		return units.contains(item.unit()) && (languages.isEmpty() || languages.contains(item.language()))
				&& (platforms.isEmpty() || platforms.contains(item.platform()));
	}

	boolean isEmpty() {
		return units.isEmpty();
	}

	/** The SQL condition on a {@code routing_item} aliased {@code i}; bind {@link #parameters()} in order. */
	static final String CONDITION = "i.unit_id = any(?::uuid[]) and (? or i.language = any(?::text[])) "
			+ "and (? or i.platform = any(?::text[]))";

	Object[] parameters() {
		return new Object[] { units.stream().map(UnitId::toString).toArray(String[]::new), languages.isEmpty(),
				languages.toArray(String[]::new), platforms.isEmpty(), platforms.toArray(String[]::new) };
	}
}
