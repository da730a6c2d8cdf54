package io.dandelion.channels.web;

import gg.jte.support.LocalizationSupport;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The channels pages' texts in the request's language (bundles {@code i18n/channels*}): jte's
 * {@code localize} for plain texts, {@link #format} for those with MessageFormat placeholders.
 */
public record ChannelTexts(MessageSource messages, Locale locale) implements LocalizationSupport {

	/** The texts of the current request's language. */
	public static ChannelTexts current(MessageSource messages) {
		return new ChannelTexts(messages, LocaleContextHolder.getLocale());
	}

	@Override
	public String lookup(String key) {
		return messages.getMessage(key, null, key, locale);
	}

	/** A text whose placeholders are MessageFormat patterns (numbers, choices); the page escapes the result. */
	public String format(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
