package io.dandelion.organisation;

import java.util.Optional;
import java.util.Set;

/**
 * What one caller may see and do: the units their grants cover (subtrees already expanded) per
 * permission, and for agency staff the limits of their contract. Every module asks this, and only
 * this, before it shows or changes anything, and filters its queries by {@link #units(Permission)}.
 */
public interface AccessScope {

	/** The signed-in member, or empty for the system itself. */
	Optional<MemberId> member();

	/** A name fit for the audit trail: the member's username, an API token's name, or "system". */
	String actor();

	/** Whether the caller holds {@code permission} on {@code unit}. */
	boolean can(Permission permission, UnitId unit);

	/** Every unit on which the caller holds {@code permission}. */
	Set<UnitId> units(Permission permission);

	/** Whether a grant of the hub admin role on the group root is held. */
	boolean isHubAdmin();

	/** The agency contract this caller works under, if any. */
	Optional<ContractLimits> contract();

	/** Whether personal data must be masked for this caller. */
	default boolean masksPersonalData() {
		return contract().map(ContractLimits::maskPersonalData).orElse(false);
	}
}
