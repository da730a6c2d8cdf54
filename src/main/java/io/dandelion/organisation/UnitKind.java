package io.dandelion.organisation;

/** Where a unit sits in the hub-and-spoke tree. */
public enum UnitKind {
	/** The group itself: the hub, root of the tree. */
	GROUP,
	/** A region grouping countries (e.g. Europe). */
	REGION,
	/** A country spoke. */
	COUNTRY,
	/** A business unit spoke (a brand, a division). */
	BUSINESS_UNIT
}
