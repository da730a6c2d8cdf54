package io.dandelion.platform.web;

import io.dandelion.organisation.CurrentAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Shell} into the model of every page so that the layout can render it. */
@ControllerAdvice
class ShellAdvice {

	private final List<NavigationItem> navigation;
	private final ObjectProvider<CurrentAccess> access;

	ShellAdvice(List<NavigationItem> navigation, ObjectProvider<CurrentAccess> access) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.access = access;
	}

	@ModelAttribute("shell")
	Shell shell(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Shell(signedIn ? authentication.getName() : null, signedIn ? visibleNavigation() : List.of(),
				csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(), csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "" : csrf.getToken(), request.getRequestURI(), language(request));
	}

	/** The language the request's texts are in (the locale resolver's choice), English when it names none. */
	private static String language(HttpServletRequest request) {
		String language = RequestContextUtils.getLocale(request).getLanguage();
		return language.isEmpty() ? "en" : language;
	}

	private List<NavigationItem> visibleNavigation() {
		CurrentAccess current = access.getIfAvailable();
		if (current == null) {
			return navigation.stream().filter(item -> item.permission() == null).toList();
		}
		var scope = current.get();
		return navigation.stream()
			.filter(item -> item.permission() == null || !scope.units(item.permission()).isEmpty())
			.toList();
	}
}
