package io.dandelion.audit;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A caller holding some permissions on some units, possibly as a hub admin. */
record TestScope(String actor, Set<UnitId> units, Set<Permission> permissions, boolean isHubAdmin)
		implements AccessScope {

	static TestScope hubAdmin(UnitId... units) {
		return new TestScope("hub.admin", Set.of(units), Set.of(Permission.values()), true);
	}

	static TestScope unitAdmin(String actor, UnitId... units) {
		return new TestScope(actor, Set.of(units), Set.of(Permission.ORGANISATION_MANAGE), false);
	}

	static TestScope agent(UnitId... units) {
		return new TestScope("agent", Set.of(units), Set.of(Permission.CONVERSATIONS_READ), false);
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.of(new MemberId(UUID.nameUUIDFromBytes(actor.getBytes())));
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
	public Optional<ContractLimits> contract() {
		return Optional.empty();
	}
}
