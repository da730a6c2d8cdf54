package io.dandelion.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (password, and a button per configured OpenID Connect provider) and the home page. */
@Controller
class ShellController {

	private final List<IdentityProvider> identityProviders;

	ShellController(ObjectProvider<ClientRegistrationRepository> registrations) {
		List<IdentityProvider> providers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new IdentityProvider(client.getClientName(),
							"/oauth2/authorization/" + client.getRegistrationId()));
				}
			}
		}
		this.identityProviders = List.copyOf(providers);
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String unknown,
			@RequestParam(required = false) @Nullable String signedOut, Model model) {
		model.addAttribute("providers", identityProviders);
		model.addAttribute("notice", unknown != null ? SignInNotice.UNKNOWN_MEMBER
				: error != null ? SignInNotice.REFUSED : signedOut != null ? SignInNotice.SIGNED_OUT : null);
		return "platform/login";
	}

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

	@Bean
	static NavigationItem homeNavigation() {
		return new NavigationItem("Home", "/", 0, null);
	}
}
