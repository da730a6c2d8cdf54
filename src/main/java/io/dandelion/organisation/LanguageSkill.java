package io.dandelion.organisation;

import java.util.Objects;

/** One language (ISO 639-1, lower case) a member speaks, and how well. */
public record LanguageSkill(String language, LanguageLevel level) {

	public LanguageSkill {
		language = Languages.require(language);
		Objects.requireNonNull(level, "language level");
	}
}
