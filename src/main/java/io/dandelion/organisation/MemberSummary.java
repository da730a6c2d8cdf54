package io.dandelion.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member as other modules see it (never with credentials). {@code homeUnit} is the unit that administers them. */
public record MemberSummary(MemberId id, String username, String displayName, @Nullable String email, boolean enabled,
		UnitId homeUnit, List<LanguageSkill> languages) {

	public MemberSummary {
		languages = List.copyOf(languages);
	}

	/** Whether the member answers customers in {@code language}. */
	public boolean speaks(String language) {
		return languages.stream().anyMatch(skill -> skill.language().equals(language) && skill.level().answersCustomers());
	}
}
