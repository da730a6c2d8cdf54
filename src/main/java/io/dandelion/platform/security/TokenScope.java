package io.dandelion.platform.security;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a request made with an API token may do: what the token's role and unit allow, and never more than its
 * member may do today (a member who loses a grant or is disabled takes their tokens' power with them).
 */
record TokenScope(AccessScope holder, AccessScope token, String actor) implements AccessScope {

	@Override
	public Optional<MemberId> member() {
		return holder.member();
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		return holder.can(permission, unit) && token.can(permission, unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		Set<UnitId> units = new HashSet<>(token.units(permission));
		units.retainAll(holder.units(permission));
		return Set.copyOf(units);
	}

	@Override
	public boolean isHubAdmin() {
		return holder.isHubAdmin() && token.isHubAdmin();
	}

	@Override
	public Optional<ContractLimits> contract() {
		return holder.contract();
	}

	@Override
	public String toString() {
		return "AccessScope[" + actor + "]";
	}
}
