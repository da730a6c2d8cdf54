package io.dandelion.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The languages the interface is offered in (ISO 639-1), and the current request's. */
public record UiLanguages(List<String> codes) {

	public UiLanguages {
		codes = List.copyOf(codes);
	}

	/** The language of the current request. */
	public String current() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	/** A language's own name for itself, for a language switch ("français"). */
	public static String nameOf(String code) {
		Locale locale = Locale.forLanguageTag(code);
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}
}
