package io.dandelion.sites.internal;

import io.dandelion.platform.web.PageTexts;
import org.springframework.stereotype.Component;

/** The blueprint editor's texts in the current request's language (message bundles {@code i18n/blueprints*}). */
@Component
public class BlueprintTexts {

	private final PageTexts texts = new PageTexts("i18n/blueprints");

	/** The text for {@code key}, with {@code args} put into its placeholders; the key itself when missing. */
	public String get(String key, Object... args) {
		return texts.get(key, args);
	}
}
