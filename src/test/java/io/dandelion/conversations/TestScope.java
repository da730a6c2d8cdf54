package io.dandelion.conversations;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.Optional;
import java.util.Set;

/** A caller who holds some permissions in the given units, under an agency contract or not. */
record TestScope(Set<UnitId> readable, Optional<ContractLimits> contract, Set<Permission> permissions)
		implements AccessScope {

	static TestScope readerOf(UnitId... units) {
		return new TestScope(Set.of(units), Optional.empty(), Set.of(Permission.CONVERSATIONS_READ));
	}

	static TestScope workerOf(UnitId... units) {
		return new TestScope(Set.of(units), Optional.empty(),
				Set.of(Permission.CONVERSATIONS_READ, Permission.CONVERSATIONS_WORK));
	}

	static TestScope agencyReaderOf(ContractLimits contract) {
		return new TestScope(contract.units(), Optional.of(contract), Set.of(Permission.CONVERSATIONS_READ));
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.of(new MemberId(java.util.UUID.nameUUIDFromBytes("reader".getBytes())));
	}

	@Override
	public String actor() {
		return "reader";
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		return permissions.contains(permission) && readable.contains(unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return permissions.contains(permission) ? readable : Set.of();
	}

	@Override
	public boolean isHubAdmin() {
		return false;
	}
}
