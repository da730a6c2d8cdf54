package io.dandelion.channels;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.UnitId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A caller holding one role on some units (already expanded to their subtrees). */
public record TestScope(String actor, Role role, Set<UnitId> units, Optional<ContractLimits> contract)
		implements AccessScope {

	public static TestScope of(String actor, Role role, UnitId... units) {
		return new TestScope(actor, role, Set.of(units), Optional.empty());
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.of(new MemberId(UUID.nameUUIDFromBytes(actor.getBytes())));
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		return role.allows(permission) && units.contains(unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return role.allows(permission) ? units : Set.of();
	}

	@Override
	public boolean isHubAdmin() {
		return role == Role.HUB_ADMIN;
	}
}
