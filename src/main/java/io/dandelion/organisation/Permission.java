package io.dandelion.organisation;

/** Something a role allows on the units it covers. */
public enum Permission {
	/** Manage units, teams, members, agencies and grants. */
	ORGANISATION_MANAGE,
	/** Connect channels, change credentials, lend ownership. */
	CHANNELS_MANAGE,
	/** Read conversations and their analysis. */
	CONVERSATIONS_READ,
	/** Reply, assign, resolve, hand off. */
	CONVERSATIONS_WORK,
	/** Work human review queues: approve, hide, delete, escalate. */
	MODERATE,
	/** Write moderation, routing and SLA policies. */
	POLICIES_MANAGE,
	/** Read reports and dashboards. */
	ANALYTICS_READ,
	/** Edit and publish the unit's websites. */
	SITES_EDIT,
	/** Browse and verify the audit trail. */
	AUDIT_READ
}
