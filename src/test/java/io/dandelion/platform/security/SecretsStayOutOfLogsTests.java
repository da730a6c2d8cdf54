package io.dandelion.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.dandelion.organisation.DemoOrganisationForTests;
import io.dandelion.organisation.Units;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passwords (chosen, generated, wrong) and API token secrets never reach the log, even with debug logging on
 * for Dandelion, Spring Security and Spring MVC.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTests {

	static final List<String> CHATTY = List.of("io.dandelion", "org.springframework.security", "org.springframework.web",
			"org.springframework.jdbc.core.JdbcTemplate");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	Units units;

	final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void debugEverything() {
		demo.seed();
		CHATTY.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quietAgain() {
		CHATTY.forEach(logger -> logging.setLogLevel(logger, null));
	}

	@Test
	void noSecretIsEverLogged(CapturedOutput output) throws Exception {
		String fr = units.findByCode("fr").orElseThrow().id().toString();
		String chosen = "Zebra-Quartz-" + System.nanoTime();
		String wrong = "Wrong-Walnut-" + System.nanoTime();

		String created = mvc.perform(post("/api/v1/members").with(user("hub.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"log.check\",\"displayName\":\"Log Check\",\"homeUnit\":\"" + fr
					+ "\",\"password\":\"" + chosen + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String member = JsonPath.read(created, "$.id");
		mvc.perform(formLogin().user("log.check").password(wrong));
		mvc.perform(formLogin().user("log.check").password(chosen));

		String generated = JsonPath.read(mvc.perform(post("/api/v1/members/" + member + "/password").with(user("hub.admin"))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.password");
		mvc.perform(formLogin().user("log.check").password(generated));

		String token = JsonPath.read(mvc.perform(post("/api/v1/tokens").with(user("fr.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"log-check\",\"role\":\"AGENT\",\"unit\":\"" + fr + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.secret");
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token + "x"))
			.andExpect(status().isUnauthorized());

		assertThat(output.getAll()).as("debug logging was on, so the check means something")
			.contains("Securing GET /api/v1/tokens")
			.doesNotContain(chosen)
			.doesNotContain(wrong)
			.doesNotContain(generated)
			.doesNotContain(token.substring(ApiTokens.PREFIX.length()));
	}
}
