package io.dandelion.sites.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.Optional;
import java.util.Set;

/** A caller who may edit sites on the given units (and is the hub when {@code hub}). */
record TestScope(String actor, Set<UnitId> sitesUnits, boolean hub) implements AccessScope {

	static TestScope hub(UnitId... units) {
		return new TestScope("hub.admin", Set.of(units), true);
	}

	static TestScope editor(String name, UnitId unit) {
		return new TestScope(name, Set.of(unit), false);
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.empty();
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		return permission == Permission.SITES_EDIT && sitesUnits.contains(unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return permission == Permission.SITES_EDIT ? sitesUnits : Set.of();
	}

	@Override
	public boolean isHubAdmin() {
		return hub;
	}

	@Override
	public Optional<ContractLimits> contract() {
		return Optional.empty();
	}
}
