package io.dandelion.organisation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks ISO 639-1 language codes, so that a typo never silently becomes a language no one speaks. */
public final class Languages {

	private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

	private Languages() {
	}

	/** The code in lower case, or an {@link IllegalArgumentException} naming the bad code. */
	public static String require(String code) {
		String normalised = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
		if (normalised.length() != 2 || !ISO_639_1.contains(normalised)) {
			throw new IllegalArgumentException("not an ISO 639-1 language code: '" + code + "'");
		}
		return normalised;
	}

	/** Every code checked, duplicates removed, order kept. */
	public static List<String> requireAll(Collection<String> codes) {
		var result = new LinkedHashSet<String>();
		for (String code : codes) {
			result.add(require(code));
		}
		return List.copyOf(result);
	}
}
