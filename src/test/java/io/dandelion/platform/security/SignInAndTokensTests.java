package io.dandelion.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Password sign-in with lockout, API tokens, CSRF and security headers, on the demo organisation. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndTokensTests {

	static final String DEMO_PASSWORD = "dandelion";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	DemoOrganisationForTests demo;

	String fr;
	String es;
	String acme;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
		fr = units.findByCode("fr").orElseThrow().id().toString();
		es = units.findByCode("es").orElseThrow().id().toString();
		acme = units.findByCode("acme").orElseThrow().id().toString();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("es.agent").password("guess" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("es.agent").password(DEMO_PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sign-in.locked' and subject_id = 'es.agent'")
			.query(Integer.class)
			.single()).isEqualTo(1);

		jdbc.sql("update sign_in_failures set locked_until = now() - interval '1 second' where username = 'es.agent'").update();
		mvc.perform(formLogin().user("es.agent").password(DEMO_PASSWORD)).andExpect(authenticated());
		assertThat(jdbc.sql("select count(*) from sign_in_failures where username = 'es.agent'").query(Integer.class).single())
			.as("a successful sign-in clears the count")
			.isZero();
	}

	@Test
	void aFewMistakesThenTheRightPasswordSignIn() throws Exception {
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin().user("de.agent").password("typo" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("de.agent").password(DEMO_PASSWORD)).andExpect(authenticated());
	}

	@Test
	void unknownNamesAreThrottledLikeRealOnes() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(formLogin().user("no.such.person").password("x" + i)).andExpect(unauthenticated());
		}
		assertThat(jdbc.sql("select locked_until is not null from sign_in_failures where username = 'no.such.person'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anonymousCallersGet401FromTheApiAndTheSignInPageElsewhere() throws Exception {
		mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aTokenActsWithItsRoleOnItsUnitAndNoMore() throws Exception {
		String secret = issue("fr.admin", "reporting", "UNIT_ADMIN", fr);
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem(fr)))
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(es))));

		String agentOnly = issue("fr.admin", "inbox-bot", "AGENT", fr);
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + agentOnly))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].unit").value(everyItem(org.hamcrest.Matchers.notNullValue())));

		// nobody mints a token for more than they hold, and a unit they hold nothing on is not theirs to know of
		mvc.perform(post("/api/v1/tokens").with(user("fr.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"grab\",\"role\":\"HUB_ADMIN\",\"unit\":\"" + fr + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tokens").with(user("fr.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"grab\",\"role\":\"HUB_ADMIN\",\"unit\":\"" + acme + "\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/tokens").with(user("fr.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"other\",\"role\":\"AGENT\",\"unit\":\"" + es + "\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void tokensAreHashedAtRestListedWithoutSecretAndRevocable() throws Exception {
		String secret = issue("es.admin", "crm", "UNIT_ADMIN", es);
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?").param(secret).query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?")
			.param(ApiTokens.hash(secret))
			.query(Integer.class)
			.single()).isOne();
		String list = mvc.perform(get("/api/v1/tokens").with(user("es.admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("crm"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));
		String id = JsonPath.read(list, "$[0].id");

		mvc.perform(delete("/api/v1/tokens/" + id).with(user("fr.admin")).with(csrf())).andExpect(status().isNotFound());
		// a bearer request needs no CSRF token: browsers never send the header on their own
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
		mvc.perform(get("/api/v1/units").header("Authorization", "Bearer dnd_made-up")).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledMembersTokensStopWorking() throws Exception {
		String secret = issue("pl.agent", "pl-bot", "AGENT", units.findByCode("pl").orElseThrow().id().toString());
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		jdbc.sql("update members set enabled = false where username = 'pl.agent'").update();
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void formsNeedTheirCsrfToken() throws Exception {
		mvc.perform(post("/api/v1/tokens").with(user("fr.admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"n\",\"role\":\"AGENT\",\"unit\":\"" + fr + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("fr.admin"))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("fr.admin")).with(csrf()))
			.andExpect(redirectedUrl("/login?signedOut"));
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	String issue(String member, String name, String role, String unit) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(user(member)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"unit\":\"" + unit + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("dnd_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.secret");
	}
}
