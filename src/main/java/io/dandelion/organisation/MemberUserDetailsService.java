package io.dandelion.organisation;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Local sign-in over members (BCrypt hashes). Disabled members are refused by Spring Security's checks;
 * members without a password (OpenID Connect only) cannot sign in with one. Authorities are not used:
 * what a member may do comes from {@link CurrentAccess}.
 */
@Component
class MemberUserDetailsService implements UserDetailsService {

	private final MemberDirectory directory;

	MemberUserDetailsService(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = directory.findByUsername(username)
			.filter(member -> member.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no member signs in as " + username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities("ROLE_MEMBER")
			.build();
	}
}
