package io.dandelion.analytics;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A caller holding some permissions on a set of units (subtrees already expanded), maybe under a contract. */
record ReportScopes(Set<UnitId> units, Set<Permission> permissions, Optional<ContractLimits> contract)
		implements AccessScope {

	static ReportScopes analystOf(UnitId... units) {
		return new ReportScopes(Set.of(units), Set.of(Permission.ANALYTICS_READ), Optional.empty());
	}

	static ReportScopes agentOf(UnitId... units) {
		return new ReportScopes(Set.of(units), Set.of(Permission.CONVERSATIONS_READ), Optional.empty());
	}

	static ReportScopes agencyAnalystOf(Set<String> languages, Set<String> platforms, UnitId... units) {
		var contract = new ContractLimits(new AgencyId(UUID.randomUUID()), Set.of(units), languages, platforms, true);
		return new ReportScopes(Set.of(units), Set.of(Permission.ANALYTICS_READ), Optional.of(contract));
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.of(new MemberId(UUID.nameUUIDFromBytes("analyst".getBytes())));
	}

	@Override
	public String actor() {
		return "analyst";
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		return permissions.contains(permission) && units.contains(unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return permissions.contains(permission) ? units : Set.of();
	}

	@Override
	public boolean isHubAdmin() {
		return false;
	}
}
