package io.dandelion.sites.internal;

import java.util.List;
import java.util.UUID;

/**
 * Everything a site shows in one moment, resolved: each page's title and Markdown per locale (locked
 * texts from the blueprint, overrides and local texts from the unit) and the site-wide regions. Each
 * piece says whether the site's editors own it, so that compliance findings blame the right people.
 */
record SiteContent(Site site, BlueprintDefinition blueprint, List<Page> pages, List<Fragment> regions) {

	SiteContent {
		pages = List.copyOf(pages);
		regions = List.copyOf(regions);
	}

	/** What the content is assembled for: a preview shows drafts; publishing takes only what may go live. */
	enum Purpose {
		PREVIEW, PUBLISH
	}

	/** One page in one locale. */
	record Page(UUID id, String slug, String locale, String title, String markdown, boolean editorOwned) {

		String path() {
			return "/" + locale + "/" + slug + "/";
		}
	}

	/** One site-wide region in one locale. */
	record Fragment(String key, String locale, String markdown, boolean bottom, boolean editorOwned) {
	}

	List<Page> pages(String locale) {
		return pages.stream().filter(p -> p.locale().equals(locale)).toList();
	}

	List<Fragment> regions(String locale) {
		return regions.stream().filter(r -> r.locale().equals(locale)).toList();
	}
}
