package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The blueprint editor's form, both ways: the locales a definition's texts are in (the form's columns),
 * and a definition read back from the posted fields. Rows are numbered ({@code region.0.key},
 * {@code page.2.body.fr}); a row without a key, or marked for removal, is left out. Whether the result may
 * be published is for {@link BlueprintDefinition#problems()} to say, when the hub publishes it.
 */
final class BlueprintForm {

	private BlueprintForm() {
	}

	/** The locales of every text of the definition, in the order they first appear; English when there is none. */
	static List<String> locales(BlueprintDefinition definition) {
		var locales = new LinkedHashSet<String>();
		definition.regions().forEach(region -> locales.addAll(region.text().keySet()));
		definition.pages().forEach(page -> {
			locales.addAll(page.titles().keySet());
			locales.addAll(page.bodies().keySet());
		});
		return locales.isEmpty() ? List.of("en") : List.copyOf(locales);
	}

	/** The definition the fields describe; 400 with every problem when a field cannot be read. */
	static BlueprintDefinition read(MultiValueMap<String, String> fields) {
		var problems = new ArrayList<String>();
		var locales = new ArrayList<String>();
		for (String locale : value(fields, "locales").split("[,\\s]+")) {
			if (locale.isBlank()) {
				continue;
			}
			if (!BlueprintDefinition.LOCALE.matcher(locale).matches()) {
				problems.add("locale must look like en or fr-BE, not " + locale);
			}
			else if (!locales.contains(locale)) {
				locales.add(locale);
			}
		}
		if (locales.isEmpty()) {
			problems.add("give at least one locale, e.g. en, fr");
		}
		var brand = new Brand(value(fields, "logo"), value(fields, "primary"), value(fields, "text"),
				value(fields, "background"), value(fields, "headingFont"), value(fields, "bodyFont"));
		var regions = new ArrayList<BlueprintDefinition.Region>();
		for (int i = 0; i < count(fields, "regions"); i++) {
			String key = value(fields, "region." + i + ".key");
			if (!key.isEmpty() && fields.getFirst("region." + i + ".remove") == null) {
				regions.add(new BlueprintDefinition.Region(key, mode(fields, "region." + i, key, problems),
						texts(fields, "region." + i + ".text.", locales)));
			}
		}
		var pages = new ArrayList<BlueprintDefinition.PageTemplate>();
		for (int i = 0; i < count(fields, "pages"); i++) {
			String slug = value(fields, "page." + i + ".slug");
			if (!slug.isEmpty() && fields.getFirst("page." + i + ".remove") == null) {
				pages.add(new BlueprintDefinition.PageTemplate(slug, mode(fields, "page." + i, slug, problems),
						fields.getFirst("page." + i + ".required") != null, texts(fields, "page." + i + ".title.", locales),
						texts(fields, "page." + i + ".body.", locales)));
			}
		}
		var components = new LinkedHashSet<String>(values(fields, "component"));
		var blocking = EnumSet.noneOf(CheckName.class);
		for (String check : values(fields, "blocking")) {
			try {
				blocking.add(CheckName.valueOf(check));
			}
			catch (IllegalArgumentException e) {
				problems.add("there is no compliance check " + check);
			}
		}
		if (!problems.isEmpty()) {
			throw new SitesException.Invalid(problems);
		}
		return new BlueprintDefinition(brand, regions, pages, components, fields.getFirst("review") != null, blocking);
	}

	private static RegionMode mode(MultiValueMap<String, String> fields, String row, String key, List<String> problems) {
		String mode = value(fields, row + ".mode").toUpperCase(Locale.ROOT);
		try {
			return RegionMode.valueOf(mode);
		}
		catch (IllegalArgumentException e) {
			problems.add(key + " needs a mode: locked, overridable or local, not '" + mode.toLowerCase(Locale.ROOT) + "'");
			return RegionMode.LOCKED;
		}
	}

	/** The non-blank texts of the row, by locale, in the form's locale order. */
	private static Map<String, String> texts(MultiValueMap<String, String> fields, String prefix, List<String> locales) {
		var texts = new LinkedHashMap<String, String>();
		for (String locale : locales) {
			String text = fields.getFirst(prefix + locale);
			if (text != null && !text.isBlank()) {
				texts.put(locale, text.replace("\r\n", "\n").strip());
			}
		}
		return texts;
	}

	private static int count(MultiValueMap<String, String> fields, String name) {
		try {
			return Math.min(Math.max(Integer.parseInt(value(fields, name)), 0), 200);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static String value(MultiValueMap<String, String> fields, String name) {
		@Nullable String value = fields.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static Set<String> values(MultiValueMap<String, String> fields, String name) {
		var values = fields.get(name);
		return values == null ? Set.of() : new LinkedHashSet<>(values);
	}
}
