package io.dandelion.sites.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The published sites and their comment form, under {@code /s/}, are public and sessionless. Spring's
 * CSRF token needs a session, so the comment form carries its own signed, expiring token instead
 * ({@link CommentTokens}). Pages may not run script at all; the comment frame may be embedded in the
 * unit's own domain.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteSecurity {

	@Bean
	@Order(50)
	SecurityFilterChain publicSites(HttpSecurity http) throws Exception {
		http.securityMatcher("/s/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'none'; "
						+ "img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; frame-src 'self'; "
						+ "frame-ancestors *; form-action 'self'; base-uri 'none'; object-src 'none'")));
		return http.build();
	}
}
