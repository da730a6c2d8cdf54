package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ChannelsTest
@ExtendWith(OutputCaptureExtension.class)
class ChannelsApiTests {

	static final String SECRET = "tok-3f9a1c77e2d04b8b";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Channels channels;

	@Autowired
	AuditLog audit;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	@BeforeEach
	void organisation() {
		org = fixtures.organisation();
	}

	@Test
	void aCommunityManagerConnectsAnAccountAndItsCredentialsAreNeverShown(CapturedOutput output) throws Exception {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		List<String> chatty = List.of("io.dandelion.channels", "org.springframework.web", "org.springframework.security");
		chatty.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
		try {
			connectsAndNeverShows();
		}
		finally {
			chatty.forEach(logger -> logging.setLogLevel(logger, null));
		}
		assertThat(output.getAll()).as("the log, even at debug").contains("/api/v1/channels").doesNotContain(SECRET);
	}

	private void connectsAndNeverShows() throws Exception {
		org.as(org.frManager);
		String body = call(json(post("/api/v1/channels"), newChannel("@acme_fr"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.platform").value("x"))
			.andExpect(jsonPath("$.handle").value("@acme_fr"))
			.andExpect(jsonPath("$.actingTeam").value(org.frCommunity.toString()))
			.andExpect(jsonPath("$.credentials").value(hasItem("access_token")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(SECRET);
		ChannelId id = ChannelId.of(com.jayway.jsonpath.JsonPath.read(body, "$.id"));

		call(get("/api/v1/channels")).andExpect(content().string(not(containsString(SECRET))))
			.andExpect(jsonPath("$[*].handle").value(hasItem("@acme_fr")));
		call(get("/channels")).andExpect(status().isOk()).andExpect(content().string(containsString("@acme_fr")))
			.andExpect(content().string(not(containsString(SECRET))));
		assertThat(channels.find(id)).hasValueSatisfying(c -> {
			assertThat(c.unit()).isEqualTo(org.fr);
			assertThat(c.team()).isEqualTo(org.frCommunity);
		});
		byte[] stored = jdbc.sql("select ciphertext from channel_credential where channel_id = ?")
			.param(id.value())
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
		ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit, atLeastOnce()).record(entries.capture());
		assertThat(entries.getAllValues()).extracting(AuditEntry::action).contains("channel.created");
		assertThat(entries.getAllValues().toString()).doesNotContain(SECRET);
	}

	@Test
	void aChannelOutsideTheCallersUnitsIsNotFound() throws Exception {
		String id = created("@acme_fr_scope");
		org.as(org.esManager);
		call(get("/api/v1/channels/" + id)).andExpect(status().isNotFound());
		call(json(put("/api/v1/channels/" + id), "{\"handle\":\"@mine\"}")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("not found")));
		call(delete("/api/v1/channels/" + id)).andExpect(status().isNotFound());
		call(get("/api/v1/channels?unit=" + org.fr)).andExpect(status().isNotFound());
		call(get("/api/v1/channels")).andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
		call(json(post("/api/v1/channels"), newChannel("@not_mine"))).andExpect(status().isNotFound());
	}

	@Test
	void anAgentSeesTheirUnitsChannelsButCannotChangeThem() throws Exception {
		String id = created("@acme_fr_agent");
		org.as(org.frAgent);
		call(get("/api/v1/channels/" + id)).andExpect(status().isOk());
		call(json(put("/api/v1/channels/" + id), "{\"status\":\"PAUSED\"}")).andExpect(status().isForbidden());
		call(delete("/api/v1/channels/" + id)).andExpect(status().isForbidden());
		call(json(post("/api/v1/channels/" + id + "/ownership"), "{\"team\":\"" + org.frCare + "\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedWithAMessage() throws Exception {
		org.as(org.frManager);
		call(json(post("/api/v1/channels"), "{\"unit\":\"" + org.fr + "\",\"ownerTeam\":\"" + org.frCommunity
				+ "\",\"platform\":\"myspace\",\"handle\":\"@a\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("unknown platform")));
		call(json(post("/api/v1/channels"), "{\"ownerTeam\":\"" + org.frCommunity + "\",\"platform\":\"x\",\"handle\":\"@a\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'unit' is required"));
		call(json(post("/api/v1/channels"), "{\"unit\":\"" + org.fr + "\",\"ownerTeam\":\"" + org.esCommunity
				+ "\",\"platform\":\"x\",\"handle\":\"@a\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("team of the channel's unit")));
		call(json(post("/api/v1/channels"), "{\"unit\":\"" + org.fr + "\",\"ownerTeam\":\"" + org.frCommunity
				+ "\",\"platform\":\"x\",\"handle\":\"@a\",\"credentials\":{\"Access Token\":\"x\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("credential name")));
		created("@twice");
		org.as(org.frManager);
		call(json(post("/api/v1/channels"), newChannel("@TWICE"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("already has")));
		call(json(post("/api/v1/channels"), "{\"unit\":\"" + org.fr + "\",\"ownerTeam\":\"" + org.frCommunity
				+ "\",\"platform\":\"LinkedIn\",\"handle\":\"acme\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("no connector for the platform 'linkedin'")));
		call(json(post("/api/v1/channels"), "{not json")).andExpect(status().isBadRequest());
		call(get("/api/v1/channels/not-a-uuid")).andExpect(status().isBadRequest());
	}

	@Test
	void aHubTeamTakesOwnershipDuringAnIncidentAndHandsItBack() throws Exception {
		String id = created("@acme_fr_incident");
		org.as(org.frManager);
		call(json(post("/api/v1/channels/" + id + "/ownership"),
				"{\"team\":\"" + org.esCommunity + "\",\"reason\":\"not on our line\"}"))
			.andExpect(status().isBadRequest());
		call(json(post("/api/v1/channels/" + id + "/ownership"),
				"{\"team\":\"" + org.hubTeam + "\",\"reason\":\"outage in Paris\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actingTeam").value(org.hubTeam.toString()))
			.andExpect(jsonPath("$.ownerTeam").value(org.frCommunity.toString()))
			.andExpect(jsonPath("$.loan.by").value("fr.community"))
			.andExpect(jsonPath("$.loan.reason").value("outage in Paris"));
		assertThat(channels.find(ChannelId.of(id))).hasValueSatisfying(c -> assertThat(c.team()).isEqualTo(org.hubTeam));

		org.as(org.hubManager);
		call(delete("/api/v1/channels/" + id + "/ownership")).andExpect(status().isOk())
			.andExpect(jsonPath("$.actingTeam").value(org.frCommunity.toString()))
			.andExpect(jsonPath("$.loan").doesNotExist());
		call(delete("/api/v1/channels/" + id + "/ownership")).andExpect(status().isBadRequest());
		ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit, atLeastOnce()).record(entries.capture());
		assertThat(entries.getAllValues()).extracting(AuditEntry::action)
			.contains("channel.lent", "channel.handed-back");
	}

	@Test
	void aManagerPausesChangesCredentialsAndDeletesAChannel() throws Exception {
		String id = created("@acme_fr_lifecycle");
		org.as(org.frManager);
		call(json(put("/api/v1/channels/" + id),
				"{\"status\":\"paused\",\"credentials\":{\"access_token\":null,\"app_password\":\"pw-4471\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PAUSED"))
			.andExpect(jsonPath("$.credentials.length()").value(1))
			.andExpect(jsonPath("$.credentials[0]").value("app_password"))
			.andExpect(content().string(not(containsString("pw-4471"))));
		call(delete("/api/v1/channels/" + id)).andExpect(status().isNoContent());
		call(get("/api/v1/channels/" + id)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from channel_credential where channel_id = ?::uuid")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(channels.find(ChannelId.of(id))).as("old conversations still name their channel").isPresent();
	}

	@Test
	void onlyHubAdminsRotateTheKeys() throws Exception {
		org.as(org.frManager);
		call(post("/api/v1/channels/credential-keys/rotation")).andExpect(status().isForbidden());
		org.as(org.hubAdmin);
		call(post("/api/v1/channels/credential-keys/rotation")).andExpect(status().isOk())
			.andExpect(jsonPath("$.reencrypted").value(0));
	}

	@Test
	void userTextIsEscapedOnTheListPage() throws Exception {
		created("<script>alert(1)</script>");
		org.as(org.frManager);
		call(get("/channels")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
	}

	private String created(String handle) throws Exception {
		org.as(org.frManager);
		String body = call(json(post("/api/v1/channels"), newChannel(handle))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.id");
	}

	private String newChannel(String handle) {
		return "{\"unit\":\"" + org.fr + "\",\"ownerTeam\":\"" + org.frCommunity + "\",\"platform\":\"X\",\"handle\":\""
				+ handle.replace("\"", "\\\"") + "\",\"credentials\":{\"access_token\":\"" + SECRET + "\"}}";
	}

	private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("caller")).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
