package io.dandelion.organisation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scope computed from a set of grants: each grant covers its unit's subtree; for agency staff the
 * result is cut down to the contract's units (also subtrees), and the contract's limits travel along.
 * Computed once per request from a snapshot of the tree, so later tree changes are not reflected in it.
 */
final class GrantedScope implements AccessScope {

	private final @Nullable MemberId member;
	private final String actor;
	private final Map<Permission, Set<UnitId>> units;
	private final boolean hubAdmin;
	private final @Nullable ContractLimits contract;

	private GrantedScope(@Nullable MemberId member, String actor, Map<Permission, Set<UnitId>> units, boolean hubAdmin,
			@Nullable ContractLimits contract) {
		this.member = member;
		this.actor = actor;
		this.units = units;
		this.hubAdmin = hubAdmin;
		this.contract = contract;
	}

	/**
	 * @param contract the agency contract the caller works under, with its units as granted (not yet expanded), or
	 * null for the organisation's own staff
	 */
	static GrantedScope of(UnitTree tree, @Nullable MemberId member, String actor, Collection<Grant> grants,
			@Nullable ContractLimits contract) {
		ContractLimits expanded = contract == null ? null : expand(tree, contract);
		Map<Permission, Set<UnitId>> units = new EnumMap<>(Permission.class);
		for (Permission permission : Permission.values()) {
			units.put(permission, new HashSet<>());
		}
		for (Grant grant : grants) {
			Set<UnitId> covered = tree.subtree(grant.unit());
			if (expanded != null) {
				covered.retainAll(expanded.units());
			}
			for (Permission permission : grant.role().permissions()) {
				units.get(permission).addAll(covered);
			}
		}
		units.replaceAll((permission, ids) -> Set.copyOf(ids));
		boolean hubAdmin = expanded == null && tree.root().isPresent()
				&& grants.contains(new Grant(Role.HUB_ADMIN, tree.root().get().id()));
		return new GrantedScope(member, actor, Map.copyOf(units), hubAdmin, expanded);
	}

	private static ContractLimits expand(UnitTree tree, ContractLimits contract) {
		Set<UnitId> covered = new HashSet<>();
		for (UnitId unit : contract.units()) {
			covered.addAll(tree.subtree(unit));
		}
		return new ContractLimits(contract.agency(), covered, contract.languages(), contract.platforms(),
				contract.maskPersonalData());
	}

	/** No access to anything: for anonymous callers and disabled or unknown members. */
	static GrantedScope none(String actor) {
		Map<Permission, Set<UnitId>> units = new EnumMap<>(Permission.class);
		for (Permission permission : Permission.values()) {
			units.put(permission, Set.of());
		}
		return new GrantedScope(null, actor, Map.copyOf(units), false, null);
	}

	@Override
	public Optional<MemberId> member() {
		return Optional.ofNullable(member);
	}

	@Override
	public String actor() {
		return actor;
	}

	@Override
	public boolean can(Permission permission, UnitId unit) {
		return units.get(permission).contains(unit);
	}

	@Override
	public Set<UnitId> units(Permission permission) {
		return units.get(permission);
	}

	@Override
	public boolean isHubAdmin() {
		return hubAdmin;
	}

	@Override
	public Optional<ContractLimits> contract() {
		return Optional.ofNullable(contract);
	}

	@Override
	public String toString() {
		return "AccessScope[" + actor + "]";
	}
}
