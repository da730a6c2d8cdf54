package io.dandelion.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read-only view of the unit tree, served from a cached snapshot. */
public interface Units {

	Optional<UnitSummary> find(UnitId id);

	Optional<UnitSummary> findByCode(String code);

	/** The group at the root of the tree, if the organisation has been set up. */
	Optional<UnitSummary> root();

	/** Units on which {@code scope} holds {@code permission}, in tree order (parents before children). */
	List<UnitSummary> visibleTo(AccessScope scope, Permission permission);

	/** {@code unit} and every unit below it, in tree order. */
	List<UnitSummary> subtree(UnitId unit);

	/** The ids of {@code unit} and every unit below it. */
	Set<UnitId> subtreeIds(UnitId unit);

	/** The units above {@code unit}, nearest first (its parent, ..., the group). */
	List<UnitSummary> ancestors(UnitId unit);

	/** The path from the group down to {@code unit}, both included. */
	List<UnitSummary> path(UnitId unit);

	/** Direct children of {@code unit}, by name. */
	List<UnitSummary> children(UnitId unit);

	/** The unit's opening hours and holidays, in its time zone. */
	BusinessHours businessHours(UnitId unit);
}
