package io.dandelion.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An immutable snapshot of the whole unit tree, in tree order: parents before children, siblings by name. */
final class UnitTree {

	private final Map<UnitId, UnitSummary> units = new LinkedHashMap<>();
	private final Map<UnitId, List<UnitId>> children = new HashMap<>();
	private final @Nullable UnitId root;

	UnitTree(Collection<UnitSummary> all) {
		Map<UnitId, List<UnitSummary>> byParent = new HashMap<>();
		UnitSummary top = null;
		for (UnitSummary unit : all) {
			if (unit.parent() == null) {
				top = unit;
			}
			else {
				byParent.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit);
			}
		}
		root = top == null ? null : top.id();
		if (top != null) {
			add(top, byParent);
		}
	}

	static UnitTree empty() {
		return new UnitTree(List.of());
	}

	private void add(UnitSummary unit, Map<UnitId, List<UnitSummary>> byParent) {
		units.put(unit.id(), unit);
		List<UnitSummary> below = new ArrayList<>(byParent.getOrDefault(unit.id(), List.of()));
		below.sort(Comparator.comparing(UnitSummary::name, String.CASE_INSENSITIVE_ORDER));
		children.put(unit.id(), below.stream().map(UnitSummary::id).toList());
		for (UnitSummary child : below) {
			add(child, byParent);
		}
	}

	Optional<UnitSummary> root() {
		return root == null ? Optional.empty() : Optional.of(units.get(root));
	}

	Optional<UnitSummary> find(UnitId id) {
		return Optional.ofNullable(units.get(id));
	}

	Optional<UnitSummary> findByCode(String code) {
		return units.values().stream().filter(unit -> unit.code().equals(code)).findFirst();
	}

	boolean contains(UnitId id) {
		return units.containsKey(id);
	}

	/** Every unit in tree order. */
	Collection<UnitSummary> all() {
		return units.values();
	}

	Set<UnitId> allIds() {
		return units.keySet();
	}

	List<UnitSummary> children(UnitId id) {
		return children.getOrDefault(id, List.of()).stream().map(units::get).toList();
	}

	/** {@code id} and everything below it, in tree order; empty for an unknown unit. */
	Set<UnitId> subtree(UnitId id) {
		Set<UnitId> result = new LinkedHashSet<>();
		if (units.containsKey(id)) {
			collect(id, result);
		}
		return result;
	}

	private void collect(UnitId id, Set<UnitId> into) {
		into.add(id);
		for (UnitId child : children.getOrDefault(id, List.of())) {
			collect(child, into);
		}
	}

	/** Parent first, the root last; empty for the root or an unknown unit. */
	List<UnitSummary> ancestors(UnitId id) {
		List<UnitSummary> result = new ArrayList<>();
		UnitSummary current = units.get(id);
		while (current != null && current.parent() != null) {
			current = units.get(current.parent());
			if (current != null) {
				result.add(current);
			}
		}
		return result;
	}

	/** Whether {@code unit} is {@code ancestor} or lies below it. */
	boolean isWithin(UnitId unit, UnitId ancestor) {
		return unit.equals(ancestor) || ancestors(unit).stream().anyMatch(u -> u.id().equals(ancestor));
	}

	int depth(UnitId id) {
		return ancestors(id).size();
	}

	/** Keeps tree order. */
	List<UnitSummary> select(Set<UnitId> ids) {
		return units.values().stream().filter(unit -> ids.contains(unit.id())).toList();
	}
}
