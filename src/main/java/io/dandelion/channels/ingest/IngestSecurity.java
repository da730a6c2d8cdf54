package io.dandelion.channels.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Item deliveries come from machines without a session: the HMAC signature over the body, checked by
 * {@link WebhookIngest}, authenticates them, so neither a sign-in nor a CSRF token applies.
 */
@Configuration(proxyBeanMethods = false)
class IngestSecurity {

	@Bean
	@Order(40)
	SecurityFilterChain itemDeliveries(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/channels/*/items")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}
}
