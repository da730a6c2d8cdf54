package io.dandelion.organisation.web;

import io.dandelion.platform.web.PageTexts;
import org.springframework.stereotype.Component;

/** The organisation pages' texts in the current request's language (message bundles {@code i18n/organisation*}). */
@Component
public class OrganisationTexts {

	private final PageTexts texts = new PageTexts("i18n/organisation");

	/** The text for {@code key}, with {@code args} put into its placeholders; the key itself when missing. */
	public String get(String key, Object... args) {
		return texts.get(key, args);
	}
}
