package io.dandelion.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import io.dandelion.organisation.MemberDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Sign-in for people (session, CSRF, throttled password sign-in, and OpenID Connect when an identity provider is
 * configured under {@code spring.security.oauth2.client}), API tokens for integrations
 * ({@code Authorization: Bearer}, no session, no CSRF), the public paths that need neither, and the security
 * headers on every answer. The API answers 401 to anonymous callers; pages send them to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
			"/actuator/health/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** Password sign-in over members, refused while the username is locked by {@link SignInThrottle}. */
	@Bean
	DaoAuthenticationProvider memberAuthentication(UserDetailsService members, PasswordEncoder passwords,
			SignInThrottle throttle) {
		var provider = new DaoAuthenticationProvider(members);
		provider.setPasswordEncoder(passwords);
		var accountStatus = new AccountStatusUserDetailsChecker();
		provider.setPreAuthenticationChecks(user -> {
			throttle.checkNotLocked(user.getUsername());
			accountStatus.check(user);
		});
		return provider;
	}

	@Bean
	@Order(100)
	SecurityFilterChain webSecurity(HttpSecurity http, ApiTokens tokens,
			ObjectProvider<ClientRegistrationRepository> identityProviders, MemberDirectory members,
			@Value("${dandelion.security.oidc.username-claim:preferred_username}") String usernameClaim)
			throws Exception {
		if (identityProviders.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new MemberOidcUserService(members, usernameClaim)))
				.failureHandler(oidcRefusal()));
		}
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.addFilterAfter(new BearerTokenFilter(tokens), SecurityContextHolderFilter.class)
			// a browser never adds an Authorization header by itself, so bearer requests cannot be forged cross-site
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearer))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInOr401()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/** A person the provider vouched for but no member matches is told so; any other failure is a plain refusal. */
	private static AuthenticationFailureHandler oidcRefusal() {
		var unknown = new SimpleUrlAuthenticationFailureHandler("/login?unknown");
		var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, e) -> (e instanceof OAuth2AuthenticationException oauth
				&& MemberOidcUserService.UNKNOWN_MEMBER.equals(oauth.getError().getErrorCode()) ? unknown : failed)
			.onAuthenticationFailure(request, response, e);
	}

	/** The API answers anonymous callers 401; everything else sends them to the sign-in page. */
	private static AuthenticationEntryPoint signInOr401() {
		var api = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		var pages = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, e) -> (isApi(request) ? api : pages).commence(request, response, e);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
