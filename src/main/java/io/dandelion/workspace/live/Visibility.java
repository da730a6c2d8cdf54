package io.dandelion.workspace.live;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;

/** Who may hear of a change: the same rule by which conversations are read (unit, then contract limits). */
final class Visibility {

	private Visibility() {
	}

	static boolean sees(AccessScope scope, LiveChange change) {
		if (!scope.can(Permission.CONVERSATIONS_READ, change.unit())) {
			return false;
		}
		return scope.contract()
			.map(contract -> (contract.languages().isEmpty()
					|| change.language() != null && contract.coversLanguage(change.language()))
					&& contract.coversPlatform(change.platform()))
			.orElse(true);
	}
}
