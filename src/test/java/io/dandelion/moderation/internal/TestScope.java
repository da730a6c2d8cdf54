package io.dandelion.moderation.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.Role;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A caller holding one role on a unit's subtree of the {@link TestUnits} tree, under an agency contract or not. */
record TestScope(String actor, Role role, Set<UnitId> units, @Nullable ContractLimits limits) implements AccessScope {

	static TestScope of(String actor, Role role, UnitSummary on) {
		Set<UnitId> covered = new HashSet<>(new TestUnits().subtreeIds(on.id()));
		return new TestScope(actor, role, covered, null);
	}

	static TestScope hubAdmin() {
		return of("hub.admin", Role.HUB_ADMIN, TestUnits.ACME);
	}

	TestScope under(ContractLimits contract) {
		Set<UnitId> covered = new HashSet<>(units);
		covered.retainAll(contract.units().stream().flatMap(u -> new TestUnits().subtreeIds(u).stream()).toList());
		return new TestScope(actor, role, covered, contract);
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

	@Override
	public Optional<ContractLimits> contract() {
		return Optional.ofNullable(limits);
	}
}
