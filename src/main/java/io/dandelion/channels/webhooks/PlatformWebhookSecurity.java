package io.dandelion.channels.webhooks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Platforms call their webhook without a session: the connector's signature check authenticates them. */
@Configuration(proxyBeanMethods = false)
class PlatformWebhookSecurity {

	@Bean
	@Order(41)
	SecurityFilterChain platformWebhookChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/channels/*/webhook")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}
}
