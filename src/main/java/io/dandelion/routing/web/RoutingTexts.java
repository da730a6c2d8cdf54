package io.dandelion.routing.web;

import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Routing's page texts in the current request's language (message bundles {@code i18n/routing*}). */
@Component
public class RoutingTexts {

	private final MessageSource messages;

	RoutingTexts() {
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasename("i18n/routing");
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

	/** How long something has waited, in words: "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
	public String age(Duration age) {
		long seconds = Math.max(0, age.toSeconds());
		if (seconds < 60) {
			return get("age.seconds", seconds);
		}
		if (seconds < 3600) {
			return get("age.minutes", seconds / 60);
		}
		if (seconds < 86400) {
			return get("age.hours", seconds / 3600, String.format("%02d", seconds % 3600 / 60));
		}
		return get("age.days", seconds / 86400, seconds % 86400 / 3600);
	}
}
