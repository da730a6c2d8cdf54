package io.dandelion.sites.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of a site in one locale. {@code draft} is null while the page follows the blueprint;
 * {@code published} is the Markdown visitors saw at the last publish.
 */
public record PageText(UUID pageId, String slug, @Nullable String template, RegionMode mode, String locale, String title,
		@Nullable String draft, State state, @Nullable String submittedBy, @Nullable String published, String updatedBy,
		Instant updatedAt) {

	/** Where the draft stands in review. */
	public enum State {
		EDITING, IN_REVIEW, APPROVED
	}

	public boolean editable() {
		return mode != RegionMode.LOCKED;
	}

	public boolean overridden() {
		return mode == RegionMode.OVERRIDABLE && draft != null;
	}
}
