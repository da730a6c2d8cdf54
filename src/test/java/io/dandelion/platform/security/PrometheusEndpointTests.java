package io.dandelion.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MockMvc;

/** {@code /actuator/prometheus} answers signed-in people and API tokens, never anonymous or forged callers. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusEndpointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoOrganisationForTests demo;

	@Autowired
	Units units;

	@BeforeAll
	void acmeTelecom() {
		demo.seed();
	}

	@Test
	void aSignedInPersonGetsTheMetricsInPrometheusFormat() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(user("analyst")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andExpect(content().string(containsString("# TYPE jvm_memory_used_bytes gauge")));
	}

	@Test
	void anIntegrationGetsThemWithItsApiToken() throws Exception {
		String fr = units.findByCode("fr").orElseThrow().id().toString();
		String body = mvc.perform(post("/api/v1/tokens").with(user("fr.admin")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"prometheus\",\"role\":\"UNIT_ADMIN\",\"unit\":\"" + fr + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(body, "$.secret");
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("# TYPE jvm_memory_used_bytes gauge")));
	}

	@Test
	void anonymousAndForgedCallersGetNoMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"))
			.andExpect(content().string(not(containsString("jvm_"))));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer dnd_made-up"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString("jvm_"))));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}
}
