package io.dandelion.platform.security;

import io.dandelion.organisation.MemberAccount;
import io.dandelion.organisation.MemberDirectory;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in a person whom the organisation's OpenID Connect provider vouches for as the Dandelion member it
 * names: by the username claim ({@code preferred_username} unless configured otherwise), else by a verified
 * e-mail address. Nobody becomes a member by signing in: an identity no member matches, or a disabled member,
 * is refused, and what the person may do comes from the member's grants as with a password sign-in.
 */
class MemberOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The error code of a refusal because no enabled member matches; the sign-in page explains it. */
	static final String UNKNOWN_MEMBER = "dandelion_unknown_member";

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
	private final MemberDirectory directory;
	private final String usernameClaim;

	MemberOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, MemberDirectory directory,
			String usernameClaim) {
		this.provider = provider;
		this.directory = directory;
		this.usernameClaim = usernameClaim;
	}

	MemberOidcUserService(MemberDirectory directory, String usernameClaim) {
		this(new OidcUserService(), directory, usernameClaim);
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		MemberAccount member = member(user).filter(MemberAccount::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_MEMBER,
					"no enabled Dandelion member matches this identity", null)));
		return new MemberOidcUser(user, member.username());
	}

	private Optional<MemberAccount> member(OidcUser user) {
		Object username = user.getClaims().get(usernameClaim);
		Optional<MemberAccount> byName = username instanceof String name && !name.isBlank()
				? directory.findByUsername(name) : Optional.empty();
		if (byName.isPresent()) {
			return byName;
		}
		// an address the provider has not verified could be anyone's: it names nobody
		String email = user.getEmail();
		if (email == null || email.isBlank() || !Boolean.TRUE.equals(user.getEmailVerified())) {
			return Optional.empty();
		}
		return directory.findByEmail(email);
	}
}
