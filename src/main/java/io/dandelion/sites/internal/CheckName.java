package io.dandelion.sites.internal;

/** The compliance checks run on publish and nightly. */
public enum CheckName {
	REQUIRED_PAGES("Required pages present and not empty"),
	INTERNAL_LINKS("Internal links resolve"),
	IMAGE_ALT("Images have alternative text"),
	HEADING_ORDER("Headings in order"),
	VALID_HTML("HTML is valid"),
	SAFE_HTML("No unsafe HTML");

	private final String label;

	CheckName(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
