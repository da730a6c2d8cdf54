package io.dandelion.analysis.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages spoken in a country (ISO 3166-1 alpha-2), from the locales the JDK knows, used as priors:
 * the language named like the country first ({@code FR} → {@code fr}), English last (first where it is the
 * main language: {@code US}, {@code GB}, ...), the others between.
 */
final class CountryLanguages {

	/** Countries where English comes first although other languages are spoken too. */
	private static final Set<String> ENGLISH_FIRST = Set.of("US", "GB", "IE", "AU", "NZ", "CA", "JM", "NG", "GH", "KE",
			"ZA", "SG", "PH");

	private static final Map<String, List<String>> KNOWN = new ConcurrentHashMap<>();

	private CountryLanguages() {
	}

	static List<String> of(String country) {
		return KNOWN.computeIfAbsent(country.strip().toUpperCase(Locale.ROOT), CountryLanguages::lookUp);
	}

	private static List<String> lookUp(String country) {
		var languages = new TreeSet<String>();
		for (Locale locale : Locale.getAvailableLocales()) {
			if (locale.getCountry().equals(country) && locale.getLanguage().length() == 2) {
				languages.add(locale.getLanguage());
			}
		}
		List<String> ordered = new ArrayList<>(languages);
		String namesake = country.toLowerCase(Locale.ROOT);
		if (ordered.remove(namesake)) {
			ordered.add(0, namesake);
		}
		if (ordered.size() > 1 && ordered.remove("en")) {
			ordered.add(ENGLISH_FIRST.contains(country) ? 0 : ordered.size(), "en");
		}
		return List.copyOf(ordered);
	}
}
