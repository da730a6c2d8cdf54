package io.dandelion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Channel credentials (access token, app secret, verify token, webhook secret) and the OpenID Connect
 * client secret never appear in the log (debug logging on), in an API answer, in an error's body, in a
 * page or in the audit trail, through connecting, reading, changing and misusing channels and signing in
 * with the provider; the audit chain verifies afterwards. Passwords and API tokens: SecretsStayOutOfLogsTests.
 */
@SpringBootTest(properties = { "spring.security.oauth2.client.registration.corp.client-id=dandelion-test",
		"spring.security.oauth2.client.registration.corp.client-secret=" + SecretsStayHiddenTests.CLIENT_SECRET,
		"spring.security.oauth2.client.registration.corp.client-name=Corp",
		"spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.registration.corp.scope=openid",
		"spring.security.oauth2.client.provider.corp.authorization-uri=http://127.0.0.1:9/authorize",
		"spring.security.oauth2.client.provider.corp.token-uri=http://127.0.0.1:9/token",
		"spring.security.oauth2.client.provider.corp.jwk-set-uri=http://127.0.0.1:9/jwks",
		"spring.security.oauth2.client.provider.corp.user-name-attribute=sub" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayHiddenTests {

	static final String CLIENT_SECRET = "oidc-client-secret-5f0c1e9d";

	static final List<String> CHATTY = List.of("io.dandelion", "org.springframework.security", "org.springframework.web",
			"org.springframework.jdbc.core.JdbcTemplate");

	final String accessToken = "page-token-" + UUID.randomUUID();
	final String appSecret = "app-secret-" + UUID.randomUUID();
	final String verifyToken = "verify-token-" + UUID.randomUUID();
	final String webhookSecret = "webhook-secret-" + UUID.randomUUID();
	final List<String> answers = new ArrayList<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void debugEverything(@Autowired DemoOrganisationForTests demo) {
		demo.seed();
		CHATTY.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quietAgain() {
		CHATTY.forEach(logger -> logging.setLogLevel(logger, null));
	}

	@Test
	void noCredentialAppearsInLogsAnswersErrorsPagesOrTheAuditTrail(CapturedOutput output) throws Exception {
		String fr = units.findByCode("fr").orElseThrow().id().toString();
		String team = jdbc.sql("select id::text from teams where unit_id = ?::uuid and kind = 'COMMUNITY' order by name limit 1").param(fr)
			.query(String.class)
			.single();
		String page = JsonPath.read(answer(post("/api/v1/channels").with(user("hub.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\":\"" + fr + "\",\"ownerTeam\":\"" + team + "\",\"platform\":\"facebook\",\"handle\":\"Secret check "
					+ System.nanoTime() + "\",\"externalId\":\"111\",\"credentials\":{\"access_token\":\"" + accessToken
					+ "\",\"app_secret\":\"" + appSecret + "\",\"verify_token\":\"" + verifyToken + "\",\"webhook_secret\":\""
					+ webhookSecret + "\"}}"), 201), "$.id");

		answer(get("/api/v1/channels/" + page).with(user("hub.admin")), 200);
		answer(get("/api/v1/channels").with(user("fr.admin")), 200);
		answer(put("/api/v1/channels/" + page).with(user("hub.admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"credentials\":{\"access_token\":\"" + accessToken + "\"}}"), 200);
		answer(put("/api/v1/channels/" + page).with(user("hub.admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"credentials\":{\"refresh_token\":\"" + appSecret + "\"}}"), 200);
		answer(put("/api/v1/channels/" + page).with(user("hub.admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"credentials\":{\"Not A Name\":\"" + appSecret + "\"}}"), 400);
		answer(get("/channels").with(user("hub.admin")), 200);

		answer(get("/api/v1/channels/" + page + "/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", "a guess")
			.param("hub.challenge", "1"), 403);
		answer(post("/api/v1/channels/" + page + "/webhook").content("{\"object\":\"page\",\"entry\":[]}")
			.header("X-Hub-Signature-256", "sha256=00"), 401);
		answer(post("/api/v1/channels/" + page + "/items").content("{}").header("X-Dandelion-Signature", "sha256=00"), 401);
		answer(get("/api/v1/channels/" + page + "/dead-letters").with(user("hub.admin")), 200);
		answer(get("/api/v1/audit").param("subjectId", page).with(user("hub.admin")), 200);

		answer(get("/login"), 200);
		answer(get("/oauth2/authorization/corp"), 302);
		answer(get("/login/oauth2/code/corp").param("code", "stolen").param("state", "forged"), 302);

		String verified = answer(get("/api/v1/audit/verify").with(user("hub.admin")), 200);
		assertThat(verified).contains("\"intact\":true");

		List<String> secrets = List.of(accessToken, appSecret, verifyToken, webhookSecret, CLIENT_SECRET);
		assertThat(output.getAll()).as("debug logging was on, so the check means something")
			.contains("Securing GET /api/v1/channels");
		for (String secret : secrets) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
			assertThat(answers).as("answers, errors, pages and redirects").noneMatch(answer -> answer.contains(secret));
			assertThat(jdbc.sql("select count(*) from audit_entry where coalesce(before::text, '') || coalesce(after::text, '') like ?")
				.param("%" + secret + "%")
				.query(Long.class)
				.single()).as("audit entries holding a secret").isZero();
			assertThat(jdbc.sql("select count(*) from channel_credential where encode(ciphertext, 'escape') like ?")
				.param("%" + secret + "%")
				.query(Long.class)
				.single()).as("credentials stored in clear").isZero();
		}
	}

	/** Sends the request, expects the status, and keeps what came back (body, redirect, headers) to search. */
	private String answer(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String seen = response.getStatus() + " " + response.getHeaderNames()
			.stream()
			.map(name -> name + ": " + response.getHeaders(name))
			.toList() + " " + response.getContentAsString();
		answers.add(seen);
		assertThat(response.getStatus()).as(seen).isEqualTo(status);
		return response.getContentAsString();
	}
}
