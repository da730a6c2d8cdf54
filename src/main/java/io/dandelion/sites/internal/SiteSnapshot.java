package io.dandelion.sites.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything of one site a blueprint upgrade may touch, taken just before the upgrade: its version,
 * its pages, their texts in every locale and its region overrides. A rollback puts exactly this back.
 */
public record SiteSnapshot(int blueprintVersion, List<Page> pages, List<Text> texts, List<RegionOverrides.Override> overrides) {

	public SiteSnapshot {
		pages = List.copyOf(pages);
		texts = List.copyOf(texts);
		overrides = List.copyOf(overrides);
	}

	/** A page row. */
	public record Page(UUID id, String slug, @Nullable String template, int position) {
	}

	/** A page's text in one locale, with its review state. */
	public record Text(UUID page, String locale, String title, @Nullable String draft, String state,
			@Nullable String submittedBy, @Nullable String published, String updatedBy) {
	}
}
