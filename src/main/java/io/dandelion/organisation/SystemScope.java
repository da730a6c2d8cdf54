package io.dandelion.organisation;

import java.util.Optional;
import java.util.Set;

/** The system's own scope: every unit, including those created after it was handed out. */
final class SystemScope implements AccessScope {

	private final UnitTreeCache units;

	SystemScope(UnitTreeCache units) {
		this.units = units;
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.empty();
	}

	@Override
	public String actor() {
		return "system";
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		// also for a unit another node created moments ago, which the cached tree may not know yet
		return true;
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return Set.copyOf(units.tree().allIds());
	}

	@Override
	public boolean isHubAdmin() {
		return true;
	}

	@Override
	public Optional<ContractLimits> contract() {
		return Optional.empty();
	}

	@Override
	public String toString() {
		return "AccessScope[system]";
	}
}
