package io.dandelion.organisation;

import static io.dandelion.organisation.Permission.ORGANISATION_MANAGE;

import java.util.Collection;

/** The checks every change to the organisation goes through, in one place. */
final class Guard {

	private Guard() {
	}

	/** The caller manages {@code unit}, or the unit is reported as not found. */
	static void manages(AccessScope scope, UnitId unit, String subject) {
		if (!scope.can(ORGANISATION_MANAGE, unit)) {
			throw new NotFoundException(subject + " not found");
		}
	}

	/** The caller holds every permission of {@code role} on {@code unit}: nobody hands out more than they have. */
	static void holdsRole(AccessScope scope, Role role, UnitId unit) {
		for (Permission permission : role.permissions()) {
			if (!scope.can(permission, unit)) {
				throw new ForbiddenException("granting or revoking " + role + " there needs " + permission
						+ ", which your roles do not give");
			}
		}
	}

	/** The caller may change a member who holds {@code grants}: only someone who holds at least as much. */
	static void outranks(AccessScope scope, Collection<Grant> grants) {
		for (Grant grant : grants) {
			for (Permission permission : grant.role().permissions()) {
				if (!scope.can(permission, grant.unit())) {
					throw new ForbiddenException("this member holds roles beyond yours; ask an administrator above you");
				}
			}
		}
	}
}
