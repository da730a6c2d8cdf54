package io.dandelion.organisation;

import java.util.Collection;
import java.util.Optional;

/** Looks members up for sign-in, and computes what a member (or a set of grants) may see and do. */
public interface MemberDirectory {

	Optional<MemberAccount> findByUsername(String username);

	Optional<MemberAccount> findByEmail(String email);

	/** The scope of a member: their grants, subtrees expanded, narrowed by their agency contract if any. */
	AccessScope scopeOf(MemberId member);

	/** The scope of an integration acting with the given grants (an API token), named {@code actor} in the audit trail. */
	AccessScope scopeFor(String actor, Collection<Grant> grants);

	/** The scope of the system itself (schedulers, pipelines): everything, recorded as "system". */
	AccessScope system();
}
