package io.dandelion.organisation;

/** What a team does. */
public enum TeamKind {
	COMMUNITY, CARE_HELPERS, MODERATION_AGENCY, PUBLISHING, SITES
}
