package io.dandelion.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A module's page texts in the current request's language, from the message bundles {@code basename*} (UTF-8,
 * English when the language has no bundle). Every text is a MessageFormat pattern, with or without arguments,
 * so apostrophes are always written twice.
 */
public final class PageTexts {

	private final MessageSource messages;

	public PageTexts(String basename) {
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasename(basename);
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		bundles.setAlwaysUseMessageFormat(true);
		this.messages = bundles;
	}

	/** The text for {@code key}, with {@code args} put into its placeholders; the key itself when missing. */
	public String get(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
