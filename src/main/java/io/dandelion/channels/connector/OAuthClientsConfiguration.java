package io.dandelion.channels.connector;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Binds {@code dandelion.channels.oauth.<platform>.*} to {@link OAuthClients}; none configured is fine. */
@Configuration(proxyBeanMethods = false)
class OAuthClientsConfiguration {

	@Bean
	OAuthClients oauthClients(Environment environment) {
		return new OAuthClients(Binder.get(environment)
			.bind("dandelion.channels.oauth", Bindable.mapOf(String.class, OAuthClients.Client.class))
			.orElse(java.util.Map.of()));
	}
}
