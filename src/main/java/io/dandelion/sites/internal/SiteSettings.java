package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a unit chooses for its site: name, slug, optional host, base path and locales in fallback order. */
record SiteSettings(String name, String slug, @Nullable String host, String basePath, List<String> locales) {

	private static final Pattern HOST = Pattern
		.compile("(?=.{4,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
	private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+/)*");

	SiteSettings {
		name = name == null ? "" : name.strip();
		slug = slug == null ? "" : slug.strip();
		host = host == null || host.isBlank() ? null : host.strip().toLowerCase(java.util.Locale.ROOT);
		basePath = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
		locales = locales == null ? List.of() : locales.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** Every problem with these settings; empty when they are acceptable. */
	List<String> problems() {
		var problems = new ArrayList<String>();
		if (name.isEmpty() || name.length() > 120) {
			problems.add("a site needs a name of 1 to 120 characters");
		}
		if (slug.length() > 40 || !BlueprintDefinition.KEY.matcher(slug).matches()) {
			problems.add("the slug must be 1 to 40 lower-case letters, digits and hyphens, like acme-fr");
		}
		if (host != null && !HOST.matcher(host).matches()) {
			problems.add("the host must be a domain name like www.acme.fr (no scheme, no port, no path)");
		}
		if (!PATH.matcher(basePath).matches()) {
			problems.add("the base path must start and end with / and hold lower-case segments, like /fr/");
		}
		if (locales.isEmpty() || locales.size() > 10) {
			problems.add("a site needs 1 to 10 locales, in fallback order");
		}
		for (String locale : locales) {
			if (!BlueprintDefinition.LOCALE.matcher(locale).matches()) {
				problems.add("a locale looks like en or fr-BE, not " + locale);
			}
		}
		if (new HashSet<>(locales).size() != locales.size()) {
			problems.add("each locale may be listed once");
		}
		return problems;
	}
}
