package io.dandelion.organisation;

import java.util.List;
import java.util.Optional;

/** Read-only view of members, their language skills and grants. Never exposes credentials. */
public interface Members {

	Optional<MemberSummary> find(MemberId id);

	Optional<MemberSummary> findByUsername(String username);

	/** Members administered from, granted a role in, or in a team of, a unit where {@code scope} may manage the organisation. */
	List<MemberSummary> visibleTo(AccessScope scope);

	/** Enabled members who answer customers in {@code language} and hold a grant covering {@code unit}. */
	List<MemberSummary> speaking(String language, UnitId unit);

	/** The roles granted to {@code member}. */
	List<Grant> grantsOf(MemberId member);
}
