package io.dandelion.channels.internal;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The platforms a channel may be connected on, by the lower-case names other modules see. */
public final class Platforms {

	public static final Set<String> KNOWN = Set.of("x", "facebook", "instagram", "youtube", "linkedin", "mastodon",
			"bluesky", "email", "site", "webhook", "simulator");

	private Platforms() {
	}

	/** The platform's name in lower case, or a clear refusal. */
	public static String require(String platform) {
		String name = platform.trim().toLowerCase(Locale.ROOT);
		if (!KNOWN.contains(name)) {
			throw new IllegalArgumentException("unknown platform '" + platform + "'; known are " + new TreeSet<>(KNOWN));
		}
		return name;
	}
}
