package io.dandelion.sites.internal;

import io.dandelion.platform.web.PageTexts;
import org.springframework.stereotype.Component;

/**
 * The editor pages' texts (sites, pages, comments, compliance, rollouts) in the current request's language
 * (message bundles {@code i18n/site-pages*}); the public site's own texts are in {@code i18n/sites*}.
 */
@Component
public class SiteTexts {

	private final PageTexts texts = new PageTexts("i18n/site-pages");

	/** The text for {@code key}, with {@code args} put into its placeholders; the key itself when missing. */
	public String get(String key, Object... args) {
		return texts.get(key, args);
	}
}
