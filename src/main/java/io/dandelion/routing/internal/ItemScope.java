package io.dandelion.routing.internal;

import io.dandelion.organisation.UnitId;
import java.util.Set;
import java.util.UUID;

/**
 * Which work items a caller may see or take: those of the units where they hold a permission and of the
 * accounts lent to their teams, minus, for working, the accounts lent to a team they are not in; for
 * agency staff, only in the languages and on the platforms of their contract (empty: all).
 */
record ItemScope(Set<UnitId> units, Set<UUID> borrowed, Set<UUID> lentAway, Set<String> languages,
		Set<String> platforms) {

	ItemScope {
		units = Set.copyOf(units);
		borrowed = Set.copyOf(borrowed);
		lentAway = Set.copyOf(lentAway);
		languages = Set.copyOf(languages);
		platforms = Set.copyOf(platforms);
	}

	/** Whether the item lies within this scope. */
	boolean covers(WorkItem item) {
		return (units.contains(item.unit()) || borrowed.contains(item.channel())) && !lentAway.contains(item.channel())
				&& (languages.isEmpty() || languages.contains(item.language()))
				&& (platforms.isEmpty() || platforms.contains(item.platform()));
	}

	boolean isEmpty() {
		return units.isEmpty() && borrowed.isEmpty();
	}

	/** The SQL condition on a {@code routing_item} aliased {@code i}; bind {@link #parameters()} in order. */
	static final String CONDITION = "(i.unit_id = any(?::uuid[]) or i.channel_id = any(?::uuid[])) "
			+ "and not i.channel_id = any(?::uuid[]) and (? or i.language = any(?::text[])) "
			+ "and (? or i.platform = any(?::text[]))";

	Object[] parameters() {
		return new Object[] { units.stream().map(UnitId::toString).toArray(String[]::new), uuids(borrowed),
				uuids(lentAway), languages.isEmpty(), languages.toArray(String[]::new), platforms.isEmpty(),
				platforms.toArray(String[]::new) };
	}

	private static String[] uuids(Set<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}
}
