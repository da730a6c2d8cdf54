package io.dandelion.workspace.conversation;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a platform accepts in a reply, shown in the composer and checked before sending: the length
 * (characters, as the platforms count them roughly) and a note about links where they behave unusually.
 */
public record PlatformLimits(int maxLength, @Nullable String linkNote) {

	private static final Map<String, PlatformLimits> BY_PLATFORM = Map.of(
			"x", new PlatformLimits(280, "links count as 23 characters"),
			"bluesky", new PlatformLimits(300, null),
			"mastodon", new PlatformLimits(500, null),
			"instagram", new PlatformLimits(2200, "links are not clickable in Instagram comments"),
			"facebook", new PlatformLimits(8000, null),
			"linkedin", new PlatformLimits(1250, null),
			"youtube", new PlatformLimits(10000, null),
			"email", new PlatformLimits(100_000, null),
			"site", new PlatformLimits(5000, "links are shown as text on the site"));

	/** The limits of {@code platform}; a platform we do not know gets a cautious 1,000 characters. */
	public static PlatformLimits of(String platform) {
		return BY_PLATFORM.getOrDefault(platform, new PlatformLimits(1000, null));
	}

	/** Throws {@link IllegalArgumentException} with a clear message when the text cannot be sent. */
	void check(String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("the reply is empty");
		}
		int length = text.codePointCount(0, text.length());
		if (length > maxLength) {
			throw new IllegalArgumentException(
					"the reply has " + length + " characters; this platform accepts " + maxLength);
		}
	}
}
