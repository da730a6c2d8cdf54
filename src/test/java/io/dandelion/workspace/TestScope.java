package io.dandelion.workspace;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A member called {@code actor} who holds some permissions in some units, under an agency contract or not. */
public record TestScope(String actor, Set<UnitId> units, Optional<ContractLimits> contract, Set<Permission> permissions)
		implements AccessScope {

	public static TestScope agentOf(String actor, UnitId... units) {
		return new TestScope(actor, Set.of(units), Optional.empty(),
				Set.of(Permission.CONVERSATIONS_READ, Permission.CONVERSATIONS_WORK));
	}

	public static TestScope readerOf(String actor, UnitId... units) {
		return new TestScope(actor, Set.of(units), Optional.empty(), Set.of(Permission.CONVERSATIONS_READ));
	}

	public static TestScope communityManagerOf(String actor, UnitId... units) {
		return new TestScope(actor, Set.of(units), Optional.empty(), Set.of(Permission.CONVERSATIONS_READ,
				Permission.CONVERSATIONS_WORK, Permission.CHANNELS_MANAGE));
	}

	public static TestScope agencyAgent(String actor, ContractLimits contract) {
		return new TestScope(actor, contract.units(), Optional.of(contract),
				Set.of(Permission.CONVERSATIONS_READ, Permission.CONVERSATIONS_WORK));
	}

	public static TestScope agencyStaff(String actor, ContractLimits contract) {
		return new TestScope(actor, contract.units(), Optional.of(contract), Set.of(Permission.CONVERSATIONS_READ));
	}

	/** An administrator of the hub: every permission on {@code units}, and hub-wide settings. */
	public static AccessScope hubAdmin(String actor, UnitId... units) {
		TestScope inner = new TestScope(actor, Set.of(units), Optional.empty(), java.util.EnumSet.allOf(Permission.class));
		return new AccessScope() {

			@Override
			public Optional<MemberId> member() {
				return inner.member();
			}

			@Override
			public String actor() {
				return actor;
			}

			@Override
			public boolean can(Permission permission, UnitId unit) {
				return inner.can(permission, unit);
			}

			@Override
			public Set<UnitId> units(Permission permission) {
				return inner.units(permission);
			}

			@Override
			public boolean isHubAdmin() {
				return true;
			}

			@Override
			public Optional<ContractLimits> contract() {
				return Optional.empty();
			}
		};
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.of(new MemberId(UUID.nameUUIDFromBytes(actor.getBytes(StandardCharsets.UTF_8))));
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
