package io.dandelion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ShellTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesTheSignInPageToEveryone() throws Exception {
		var response = get("/login");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<form method=\"post\" action=\"/login\">").contains("name=\"_csrf\"");
	}

	@Test
	void theSignInPageSpeaksTheBrowsersLanguage() throws Exception {
		var french = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?signedOut"))
			.header("Accept-Language", "fr-FR,fr;q=0.9")
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(french).contains("<html lang=\"fr\">", "<h1>Connexion</h1>", "Mot de passe", "Se connecter",
				"Vous êtes déconnecté.", "Aller au contenu");
		assertThat(french).doesNotContain("Sign in", "Password", "signed out", "Skip to content");
		assertThat(get("/login?error").body()).contains("<h1>Sign in</h1>", "Sign-in failed");
	}

	@Test
	void sendsStrangersToSignIn() throws Exception {
		var response = get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void reportsHealthWithoutSignIn() throws Exception {
		assertThat(get("/actuator/health").body()).contains("\"UP\"");
	}

	@Test
	void flywayOwnsTheSchema() {
		assertThat(jdbc.sql("select value from platform_info where key = 'schema_origin'").query(String.class).single())
			.isEqualTo("dandelion");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
