package io.dandelion.sites.internal;

/** Who may change a region or page of a blueprint. */
public enum RegionMode {
	/** Hub only: brand header and footer, legal texts. Units see the blueprint's text. */
	LOCKED,
	/** The blueprint's text is the default; a unit may replace it, and go back to it. */
	OVERRIDABLE,
	/** Copied into the site when it is made (so it never starts blank), then the unit's own. */
	LOCAL
}
