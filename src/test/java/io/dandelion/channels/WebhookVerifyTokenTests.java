package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A Facebook Page connected with Facebook Login has no webhook verify token yet: its manager sets it, and
 * later rotates it, through the channels API (a credential like any other: stored encrypted, named but
 * never shown, audited by name); Meta's subscription handshake then answers with the current token only.
 */
@ChannelsTest
class WebhookVerifyTokenTests {

	static final String FIRST = "vt-first-5b0c2e8a";

	static final String SECOND = "vt-second-91f4d7c3";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	ChannelId page;

	@BeforeEach
	void aPageConnectedWithoutVerifyToken() {
		org = fixtures.organisation();
		page = fixtures.connect(org, "facebook", "Acme France " + System.nanoTime(), "111",
				Map.of("access_token", "page-token"));
		org.as(org.frManager);
	}

	@Test
	void theHandshakeAnswersOnlyOnceAVerifyTokenIsSetAndOnlyWithTheCurrentOne() throws Exception {
		handshake("anything", "1").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(containsString("no credential 'verify_token'")));

		setVerifyToken(FIRST).andExpect(status().isOk())
			.andExpect(jsonPath("$.credentials").value(hasItem("verify_token")))
			.andExpect(content().string(not(containsString(FIRST))));
		handshake(FIRST, "1158201444").andExpect(status().isOk()).andExpect(content().string("1158201444"));

		setVerifyToken(SECOND).andExpect(status().isOk());
		handshake(FIRST, "2").andExpect(status().isForbidden());
		handshake(SECOND, "3").andExpect(status().isOk()).andExpect(content().string("3"));

		call(get("/api/v1/channels/" + page)).andExpect(content().string(not(containsString(SECOND))));
		List<byte[]> stored = jdbc.sql("select ciphertext from channel_credential where channel_id = ?")
			.param(page.value())
			.query(byte[].class)
			.list();
		assertThat(stored).hasSize(2)
			.allSatisfy(c -> assertThat(new String(c, StandardCharsets.ISO_8859_1)).doesNotContain(SECOND).doesNotContain("vt-"));
		ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit, atLeastOnce()).record(entries.capture());
		assertThat(entries.getAllValues().toString()).contains("verify_token").doesNotContain(FIRST).doesNotContain(SECOND);
	}

	@Test
	void onlyTheChannelsManagersSetIt() throws Exception {
		org.as(org.frAgent);
		setVerifyToken(FIRST).andExpect(status().isForbidden());
		org.as(org.esManager);
		setVerifyToken(FIRST).andExpect(status().isNotFound());
		org.as(org.frManager);
		setVerifyToken(" ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("'verify_token' is empty")));
		handshake(FIRST, "1").andExpect(status().isForbidden());
	}

	private ResultActions setVerifyToken(String token) throws Exception {
		return call(put("/api/v1/channels/" + page).contentType(MediaType.APPLICATION_JSON)
			.content("{\"credentials\":{\"verify_token\":\"" + token + "\"}}"));
	}

	private ResultActions handshake(String token, String challenge) throws Exception {
		return mvc.perform(get("/api/v1/channels/" + page + "/webhook").param("hub.mode", "subscribe")
			.param("hub.verify_token", token).param("hub.challenge", challenge));
	}

	private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		try {
			return mvc.perform(request.with(user("caller")).with(csrf()));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
