package io.dandelion.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page layout needs on every page: who is signed in, the navigation, the CSRF token, and the
 * request's language (ISO 639-1, for {@code <html lang>}).
 */
public record Shell(@Nullable String user, List<NavigationItem> navigation, String csrfHeader, String csrfParameter,
		String csrfToken, String currentPath, String language) {

	private static final PageTexts TEXTS = new PageTexts("i18n/platform");

	/** One of the shell's own texts (layout, sign-in, home) in the request's language. */
	public String text(String key, Object... args) {
		return TEXTS.get(key, args);
	}

	/**
	 * A navigation entry's label in the request's language: {@code nav.<path>} of the shell's bundles when the
	 * language has one for it, else the label its module gave (so English always shows the module's own words).
	 * A module that gives its label in the request's language itself (analytics, for {@code /reports}) has no key.
	 */
	public String label(NavigationItem item) {
		String key = "nav." + item.path();
		String text = TEXTS.get(key);
		return text.equals(key) ? item.label() : text;
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean isCurrent(NavigationItem item) {
		return currentPath.equals(item.path()) || (!item.path().equals("/") && currentPath.startsWith(item.path()));
	}
}
