package io.dandelion.routing;

import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Optional;

/** The teams routing can choose from; implemented over the organisation, and by fixtures in tests. */
public interface RoutingDirectory {

	/** Care-helper teams of {@code unit} with at least one member who speaks {@code language}, best first. */
	List<RoutingTarget> countryHelpers(UnitId unit, String language);

	/** Agency teams whose contract covers {@code unit}, {@code language} and {@code platform}, best first. */
	List<RoutingTarget> agencies(UnitId unit, String language, String platform);

	/** The hub's own team, which takes what no spoke or agency can. */
	RoutingTarget hub();

	/** Where messages of undetermined language wait for a person to read them. */
	RoutingTarget triage();

	/** A queue named by a policy rule, visible from {@code unit}. */
	Optional<RoutingTarget> namedQueue(UnitId unit, String name);
}
