package io.dandelion.organisation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a unit is made of, checked: a slug code, a name, a real time zone, ISO languages and country. */
record UnitDraft(String code, String name, UnitKind kind, @Nullable UnitId parent, String timeZone,
		List<String> languages, @Nullable String countryCode) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	UnitDraft {
		code = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z0-9][a-z0-9-]{0,31}")) {
			throw new IllegalArgumentException(
					"a unit code is 1 to 32 lower-case letters, digits or dashes, starting with a letter or digit");
		}
		name = requireName(name);
		if (kind == null) {
			throw new IllegalArgumentException("a unit needs a kind");
		}
		timeZone = requireZone(timeZone);
		languages = Languages.requireAll(languages == null ? List.of() : languages);
		countryCode = requireCountry(countryCode);
	}

	static String requireName(@Nullable String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new IllegalArgumentException("a name is 1 to 200 characters");
		}
		return trimmed;
	}

	static String requireZone(@Nullable String zone) {
		try {
			return ZoneId.of(zone == null ? "" : zone.trim()).getId();
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("not a time zone: '" + zone + "' (use a name like Europe/Paris)");
		}
	}

	static @Nullable String requireCountry(@Nullable String country) {
		if (country == null || country.isBlank()) {
			return null;
		}
		String upper = country.trim().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(upper)) {
			throw new IllegalArgumentException("not an ISO 3166 country code: '" + country + "'");
		}
		return upper;
	}

	/** Whether a unit of this kind may sit below a unit of {@code parentKind}. */
	boolean fitsBelow(UnitKind parentKind) {
		return switch (kind) {
			case GROUP -> false;
			case REGION, COUNTRY -> parentKind == UnitKind.GROUP || parentKind == UnitKind.REGION;
			case BUSINESS_UNIT -> true;
		};
	}
}
