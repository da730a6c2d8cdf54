package io.dandelion.conversations;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.Optional;
import java.util.Set;

/** A caller who may read conversations in the given units, under an agency contract or not. */
record TestScope(Set<UnitId> readable, Optional<ContractLimits> contract) implements AccessScope {

	static TestScope readerOf(UnitId... units) {
		return new TestScope(Set.of(units), Optional.empty());
	}

	static TestScope agencyReaderOf(ContractLimits contract) {
		return new TestScope(contract.units(), Optional.of(contract));
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
		return permission == Permission.CONVERSATIONS_READ && readable.contains(unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return permission == Permission.CONVERSATIONS_READ ? readable : Set.of();
	}

	@Override
	public boolean isHubAdmin() {
		return false;
	}
}
