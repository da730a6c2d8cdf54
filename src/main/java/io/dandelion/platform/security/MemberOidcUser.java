package io.dandelion.platform.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through OpenID Connect, known by their member's username: what the rest of Dandelion sees
 * as the signed-in name (scope, audit trail, page header) is the member, not the provider's subject.
 */
final class MemberOidcUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final String username;

	MemberOidcUser(OidcUser user, String username) {
		super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
		this.username = username;
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MemberOidcUser that && username.equals(that.username) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + username.hashCode();
	}
}
