package io.dandelion.organisation;

import static io.dandelion.organisation.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** A role granted on a unit; it applies to that unit's whole subtree. */
public enum Role {
	HUB_ADMIN(EnumSet.allOf(Permission.class)),
	UNIT_ADMIN(EnumSet.of(ORGANISATION_MANAGE, CHANNELS_MANAGE, CONVERSATIONS_READ, CONVERSATIONS_WORK, MODERATE,
			POLICIES_MANAGE, ANALYTICS_READ, SITES_EDIT)),
	COMMUNITY_MANAGER(EnumSet.of(CHANNELS_MANAGE, CONVERSATIONS_READ, CONVERSATIONS_WORK, MODERATE, ANALYTICS_READ)),
	MODERATOR(EnumSet.of(CONVERSATIONS_READ, MODERATE)),
	AGENT(EnumSet.of(CONVERSATIONS_READ, CONVERSATIONS_WORK)),
	ANALYST(EnumSet.of(ANALYTICS_READ, CONVERSATIONS_READ)),
	SITE_EDITOR(EnumSet.of(SITES_EDIT));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	public boolean allows(Permission permission) {
		return permissions.contains(permission);
	}

	public Set<Permission> permissions() {
		return permissions;
	}
}
