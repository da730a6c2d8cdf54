package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one blueprint version prescribes: brand tokens, site-wide regions (header, footer, banners),
 * the page skeleton with the required legal pages, the components pages may use, whether changes
 * need review before publishing, and which compliance checks block publishing rather than warn.
 * Texts are Markdown per locale; a site in a locale the blueprint lacks gets the first one given.
 */
public record BlueprintDefinition(Brand brand, List<Region> regions, List<PageTemplate> pages, Set<String> components,
		boolean reviewRequired, Set<CheckName> blockingChecks) {

	/** Pages every site must have, whatever the blueprint says. */
	static final List<String> REQUIRED_PAGES = List.of("legal-notice", "privacy", "cookies", "accessibility", "contact");

	/** Components the renderer knows, written on a line of their own as {@code {{name}}}. */
	static final Set<String> KNOWN_COMPONENTS = Set.of("comments", "social-feed");

	static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

	public BlueprintDefinition {
		regions = regions == null ? List.of() : List.copyOf(regions);
		pages = pages == null ? List.of() : List.copyOf(pages);
		components = components == null ? Set.of() : Set.copyOf(components);
		blockingChecks = blockingChecks == null ? Set.of() : Set.copyOf(blockingChecks);
	}

	/** A site-wide fragment; {@code footer...} regions render below the page, the others above it. */
	public record Region(String key, RegionMode mode, Map<String, String> text) {

		public Region {
			text = text == null ? Map.of() : new LinkedHashMap<>(text);
		}

		boolean bottom() {
			return key.startsWith("footer");
		}
	}

	/** A page of the skeleton: its slug, who may change its body, whether every site must have it. */
	public record PageTemplate(String slug, RegionMode mode, boolean required, Map<String, String> titles,
			Map<String, String> bodies) {

		public PageTemplate {
			titles = titles == null ? Map.of() : new LinkedHashMap<>(titles);
			bodies = bodies == null ? Map.of() : new LinkedHashMap<>(bodies);
		}
	}

	Optional<Region> region(String key) {
		return regions.stream().filter(r -> r.key().equals(key)).findFirst();
	}

	Optional<PageTemplate> page(String slug) {
		return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
	}

	/** The text for the first locale of {@code chain} that has one, else the first text given, else null. */
	static @Nullable String text(Map<String, String> byLocale, List<String> chain) {
		for (String locale : chain) {
			String text = byLocale.get(locale);
			if (text != null) {
				return text;
			}
		}
		return byLocale.isEmpty() ? null : byLocale.values().iterator().next();
	}

	/** Everything wrong with this definition, in words a hub admin can act on; empty when it may be published. */
	List<String> problems() {
		var problems = new ArrayList<String>();
		if (brand == null) {
			problems.add("brand tokens are missing");
		}
		else {
			problems.addAll(brand.problems());
		}
		var keys = new HashSet<String>();
		for (var region : regions) {
			if (region.key() == null || !KEY.matcher(region.key()).matches()) {
				problems.add("region key must be lower-case letters, digits and hyphens: " + region.key());
			}
			else if (!keys.add(region.key())) {
				problems.add("region " + region.key() + " is defined twice");
			}
			if (region.mode() == null) {
				problems.add("region " + region.key() + " needs a mode (LOCKED, OVERRIDABLE or LOCAL)");
			}
			checkLocales(region.text(), "region " + region.key(), problems);
		}
		var slugs = new HashSet<String>();
		for (var page : pages) {
			if (page.slug() == null || !KEY.matcher(page.slug()).matches()) {
				problems.add("page slug must be lower-case letters, digits and hyphens: " + page.slug());
				continue;
			}
			if (!slugs.add(page.slug())) {
				problems.add("page " + page.slug() + " is defined twice");
			}
			if (page.mode() == null) {
				problems.add("page " + page.slug() + " needs a mode (LOCKED, OVERRIDABLE or LOCAL)");
			}
			if (page.titles().isEmpty()) {
				problems.add("page " + page.slug() + " needs a title in at least one locale");
			}
			if (page.required() && page.bodies().values().stream().allMatch(b -> b == null || b.isBlank())) {
				problems.add("required page " + page.slug() + " needs a text, so that new sites never start blank");
			}
			checkLocales(page.titles(), "page " + page.slug(), problems);
			checkLocales(page.bodies(), "page " + page.slug(), problems);
		}
		for (String required : REQUIRED_PAGES) {
			if (page(required).filter(PageTemplate::required).isEmpty()) {
				problems.add("the skeleton must include the required page " + required);
			}
		}
		for (String component : components) {
			if (!KNOWN_COMPONENTS.contains(component)) {
				problems.add("unknown component " + component + " (known: " + String.join(", ", KNOWN_COMPONENTS.stream().sorted().toList()) + ")");
			}
		}
		return problems;
	}

	private static void checkLocales(Map<String, String> texts, String where, List<String> problems) {
		for (String locale : texts.keySet()) {
			if (!LOCALE.matcher(locale).matches()) {
				problems.add(where + ": locale must look like en or fr-BE, not " + locale);
			}
		}
	}
}
