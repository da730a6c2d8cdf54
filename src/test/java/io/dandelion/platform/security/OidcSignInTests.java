package io.dandelion.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.platform.security.IdentityProviderServer.Person;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect sign-in against a real provider (Spring Authorization Server, started here), through real HTTP
 * with cookies and redirects as a browser follows them: a person the provider vouches for becomes the member
 * it names, an identity no member matches is refused with a page that says so, and password sign-in still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInTests {

	static final String REGISTRATION = "acme-idp";

	static final int PORT = freePort();

	static final IdentityProviderServer IDP = IdentityProviderServer.start(PORT, REGISTRATION, List.of(
			new Person("claire", "fr.agent", "claire@idp.example", true),
			// unknown by name at Dandelion, known by a verified address
			new Person("sofia", "sofia.garcia", "ES.Agent@acme.example", true),
			new Person("mallory", "mallory", "mallory@elsewhere.example", true),
			// claims the hub admin's address, but the provider has not verified it
			new Person("spoofer", "spoofer", "hub.admin@acme.example", false),
			new Person("jonas", "de.agent", "de.agent@acme.example", true)));

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		String client = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
		registry.add("server.port", () -> PORT);
		registry.add(client + "client-id", () -> IdentityProviderServer.CLIENT_ID);
		registry.add(client + "client-secret", () -> IdentityProviderServer.CLIENT_SECRET);
		registry.add(client + "client-name", () -> "Acme Identity");
		registry.add(client + "scope", () -> "openid,profile,email");
		registry.add("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", IDP::issuer);
	}

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
	}

	@AfterAll
	void stopProvider() {
		IDP.close();
	}

	@Test
	void theSignInPageOffersTheProvider() throws Exception {
		var page = new Browser().get("http://localhost:" + PORT + "/login");
		assertThat(page.body()).contains("Sign in with Acme Identity")
			.contains("href=\"/oauth2/authorization/" + REGISTRATION + "\"");
	}

	@Test
	void aPersonTheProviderNamesSignsInAsThatMember() throws Exception {
		var browser = new Browser();
		var landed = browser.signInAtProvider("claire");
		assertThat(landed.uri().getPath()).isEqualTo("/");
		assertThat(landed.body()).contains("<span class=\"who\">fr.agent</span>");
		// the session carries the member's own scope: France's conversations, and no organisation management
		assertThat(browser.api("http://localhost:" + PORT + "/api/v1/conversations").statusCode()).isEqualTo(200);
		assertThat(browser.api("http://localhost:" + PORT + "/api/v1/members").body()).doesNotContain("hub.admin");
	}

	@Test
	void aVerifiedAddressNamesTheMemberWhenTheUsernameDoesNot() throws Exception {
		var landed = new Browser().signInAtProvider("sofia");
		assertThat(landed.body()).contains("<span class=\"who\">es.agent</span>");
	}

	@Test
	void anIdentityNoMemberMatchesIsRefusedWithAPageThatSaysSo() throws Exception {
		var browser = new Browser();
		var refused = browser.signInAtProvider("mallory");
		assertThat(refused.uri().toString()).endsWith("/login?unknown");
		assertThat(refused.body()).contains("no Dandelion member matches that account")
			.doesNotContain("class=\"who\"");
		assertThat(browser.api("http://localhost:" + PORT + "/api/v1/conversations").statusCode()).isEqualTo(401);
	}

	@Test
	void anUnverifiedAddressNamesNobody() throws Exception {
		var refused = new Browser().signInAtProvider("spoofer");
		assertThat(refused.uri().toString()).endsWith("/login?unknown");
	}

	@Test
	void aDisabledMemberIsRefused() throws Exception {
		jdbc.sql("update members set enabled = false where username = 'de.agent'").update();
		try {
			assertThat(new Browser().signInAtProvider("jonas").uri().toString()).endsWith("/login?unknown");
		}
		finally {
			jdbc.sql("update members set enabled = true where username = 'de.agent'").update();
		}
	}

	@Test
	void passwordSignInStillWorks() throws Exception {
		var browser = new Browser();
		var form = Jsoup.parse(browser.get("http://localhost:" + PORT + "/login").body());
		var landed = browser.post("http://localhost:" + PORT + "/login", Map.of("username", "fr.admin", "password",
				"dandelion", "_csrf", form.select("input[name=_csrf]").attr("value")));
		assertThat(landed.body()).contains("<span class=\"who\">fr.admin</span>");
	}

	/** A cookie-keeping HTTP client that follows redirects itself, as a browser does. */
	static final class Browser {

		private static final String HTML = "text/html,application/xhtml+xml";

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		/** Starts at Dandelion's provider button, signs in at the provider's own form, and follows back. */
		HttpResponse<String> signInAtProvider(String login) throws IOException, InterruptedException {
			var providerLogin = get("http://localhost:" + PORT + "/oauth2/authorization/" + REGISTRATION);
			assertThat(providerLogin.uri().toString()).startsWith(IDP.issuer()).endsWith("/login");
			String csrf = Jsoup.parse(providerLogin.body()).select("input[name=_csrf]").attr("value");
			return post(IDP.issuer() + "/login",
					Map.of("username", login, "password", IdentityProviderServer.PASSWORD, "_csrf", csrf));
		}

		HttpResponse<String> get(String uri) throws IOException, InterruptedException {
			return follow(HttpRequest.newBuilder(URI.create(uri)).header("Accept", HTML).GET().build());
		}

		/** An API call made with the session, as the pages' scripts make them. */
		HttpResponse<String> api(String uri) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String uri, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return follow(HttpRequest.newBuilder(URI.create(uri))
				.header("Accept", HTML)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
				URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
				response = http.send(HttpRequest.newBuilder(next).header("Accept", HTML).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			}
			return response;
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
