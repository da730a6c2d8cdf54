package io.dandelion.organisation;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A new member, checked; the password (if any) is still in clear here and is hashed before it is stored. */
record MemberDraft(String username, @Nullable String email, String displayName, UnitId homeUnit,
		@Nullable String password, List<LanguageSkill> languages) {

	MemberDraft {
		username = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		if (!username.matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
			throw new IllegalArgumentException(
					"a username is 2 to 100 lower-case letters, digits, dots, dashes, underscores or @");
		}
		email = requireEmail(email);
		displayName = UnitDraft.requireName(displayName);
		if (homeUnit == null) {
			throw new IllegalArgumentException("a member needs a home unit");
		}
		if (password != null && password.isEmpty()) {
			password = null;
		}
		if (password != null) {
			requirePassword(password);
		}
		languages = requireSkills(languages);
	}

	static @Nullable String requireEmail(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String trimmed = email.trim();
		if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || trimmed.length() > 254) {
			throw new IllegalArgumentException("not an e-mail address: '" + email + "'");
		}
		return trimmed;
	}

	static void requirePassword(String password) {
		if (password.length() < 8 || password.length() > 72) {
			throw new IllegalArgumentException("a password is 8 to 72 characters");
		}
	}

	static List<LanguageSkill> requireSkills(@Nullable List<LanguageSkill> skills) {
		List<LanguageSkill> checked = skills == null ? List.of() : List.copyOf(skills);
		if (checked.stream().map(LanguageSkill::language).distinct().count() != checked.size()) {
			throw new IllegalArgumentException("each language is listed once");
		}
		return checked;
	}
}
