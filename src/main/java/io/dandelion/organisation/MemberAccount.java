package io.dandelion.organisation;

import org.jspecify.annotations.Nullable;

/** A member's sign-in identity. The password hash is BCrypt; it is null for members who sign in only through OpenID Connect. */
public record MemberAccount(MemberId id, String username, @Nullable String email, String displayName,
		@Nullable String passwordHash, boolean enabled) {

	@Override
	public String toString() {
		return "MemberAccount[" + username + "]";
	}
}
