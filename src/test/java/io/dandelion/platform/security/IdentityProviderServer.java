package io.dandelion.platform.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * An organisation's identity provider for tests: a real Spring Authorization Server (Spring Boot's own set-up of it)
 * on 127.0.0.1 and a free port, with one registered client (Dandelion) and a few people whose ID tokens carry
 * the claims real providers send ({@code preferred_username}, {@code email}, {@code email_verified}).
 * It listens on 127.0.0.1 while Dandelion listens on localhost, so that their session cookies do not mix.
 */
final class IdentityProviderServer implements AutoCloseable {

	static final String CLIENT_ID = "dandelion";
	static final String CLIENT_SECRET = "idp-client-secret";
	static final String PASSWORD = "idp-password";

	/** A person known to the provider: their login there and the claims it vouches for. */
	record Person(String login, String preferredUsername, String email, boolean emailVerified) {
	}

	private final ConfigurableApplicationContext context;

	private IdentityProviderServer(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts the provider, with Dandelion's redirect URI registered for {@code registrationId}. */
	static IdentityProviderServer start(int dandelionPort, String registrationId, List<Person> people) {
		String client = "spring.security.oauth2.authorizationserver.client.dandelion.";
		Map<String, Object> properties = new HashMap<>();
		// nothing of Dandelion's own configuration: this is another server
		properties.put("spring.config.location", "optional:classpath:/no-such-file.properties");
		properties.put("server.address", "127.0.0.1");
		properties.put("server.port", "0");
		properties.put(client + "registration.client-id", CLIENT_ID);
		properties.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
		properties.put(client + "registration.client-authentication-methods", "client_secret_basic");
		properties.put(client + "registration.authorization-grant-types", "authorization_code");
		properties.put(client + "registration.redirect-uris",
				"http://localhost:" + dandelionPort + "/login/oauth2/code/" + registrationId);
		properties.put(client + "registration.scopes", "openid,profile,email");
		properties.put(client + "require-authorization-consent", "false");
		var context = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
			.properties(properties)
			.initializers(app -> app.getBeanFactory().registerSingleton("people", new People(people)))
			.run();
		return new IdentityProviderServer(context);
	}

	/** The issuer URI Dandelion discovers the provider from. */
	String issuer() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Override
	public void close() {
		context.close();
	}

	record People(List<Person> all) {
	}

	/** The provider's set-up; not a {@code @Configuration}, so that Dandelion's component scan never picks it up. */
	@ImportAutoConfiguration({
			org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
			org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
			org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
			org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
			org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
			org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
			org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class Provider {

		@Bean
		UserDetailsService idpUsers(People people) {
			return new InMemoryUserDetailsManager(people.all()
				.stream()
				.map(person -> User.withUsername(person.login()).password("{noop}" + PASSWORD).roles("USER").build())
				.toList());
		}

		/** Puts the person's profile and e-mail claims into their ID token, as Keycloak, Entra ID and others do. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> profileClaims(People people) {
			return token -> {
				if (!OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
					return;
				}
				people.all()
					.stream()
					.filter(person -> person.login().equals(token.getPrincipal().getName()))
					.findFirst()
					.ifPresent(person -> token.getClaims()
						.claim("preferred_username", person.preferredUsername())
						.claim("email", person.email())
						.claim("email_verified", person.emailVerified()));
			};
		}
	}
}
