package io.dandelion.sites.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** The blueprint editor's texts in the current request's language (message bundles {@code i18n/blueprints*}). */
@Component
public class BlueprintTexts {

	private final MessageSource messages;

	BlueprintTexts() {
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasename("i18n/blueprints");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		// every text is a MessageFormat pattern, with or without arguments, so apostrophes are always doubled
		bundles.setAlwaysUseMessageFormat(true);
		this.messages = bundles;
	}

	/** The text for {@code key}, with {@code args} put into its placeholders; the key itself when missing. */
	public String get(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
