package io.dandelion.organisation;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The scope of whoever is signed in: an authentication whose principal already is a scope (an API token)
 * brings its own; a signed-in person gets their member's scope, computed once per request; anyone else
 * gets no access at all. It is never the system scope: off-request work asks {@link MemberDirectory#system()}.
 */
@Component
class SecurityContextAccess implements CurrentAccess {

	private static final String CACHE = SecurityContextAccess.class.getName() + ".scope.";

	private final MemberDirectory directory;

	SecurityContextAccess(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public AccessScope get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return GrantedScope.none("anonymous");
		}
		if (authentication.getPrincipal() instanceof AccessScope scope) {
			return scope;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = CACHE + authentication.getName();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof AccessScope cached) {
			return cached;
		}
		AccessScope scope = directory.findByUsername(authentication.getName())
			.map(member -> directory.scopeOf(member.id()))
			.orElseGet(() -> GrantedScope.none(authentication.getName()));
		if (request != null) {
			request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

	/** Drops the scope remembered for this request, after a change to the caller's own grants or teams. */
	static void forget() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			for (String name : request.getAttributeNames(RequestAttributes.SCOPE_REQUEST)) {
				if (name.startsWith(CACHE)) {
					request.removeAttribute(name, RequestAttributes.SCOPE_REQUEST);
				}
			}
		}
	}
}
