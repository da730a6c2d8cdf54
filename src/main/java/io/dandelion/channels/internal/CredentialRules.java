package io.dandelion.channels.internal;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a credential may look like: a lower-case name and a value of at most 16 KiB. */
final class CredentialRules {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private static final int MAX_VALUE = 16 * 1024;

	private CredentialRules() {
	}

	static void require(Map<String, String> credentials) {
		credentials.forEach((name, value) -> {
			requireName(name);
			requireValue(name, value);
		});
	}

	/** As {@link #require}, but a null value is allowed: it removes the credential. */
	static void requireChanges(Map<String, ? extends @Nullable String> credentials) {
		credentials.forEach((name, value) -> {
			requireName(name);
			if (value != null) {
				requireValue(name, value);
			}
		});
	}

	private static void requireName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a credential name is lower-case letters, digits and '_', like access_token; '"
					+ name + "' is not");
		}
	}

	private static void requireValue(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("credential '" + name + "' is empty");
		}
		if (value.length() > MAX_VALUE) {
			throw new IllegalArgumentException("credential '" + name + "' is longer than 16 KiB");
		}
	}
}
