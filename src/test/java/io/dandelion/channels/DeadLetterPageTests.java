package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dead-letter page: scoped to channel managers, payload shown as text, replay and discard audited. */
@ChannelsTest
class DeadLetterPageTests {

	static final String SECRET = "whsec-9d0e77";

	static final String HOSTILE = "<script>alert('dead letter')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	ChannelId channel;

	@BeforeEach
	void aWebhookChannel() {
		org = fixtures.organisation();
		channel = fixtures.connect(org, "webhook", "shop-" + System.nanoTime(), Map.of("webhook_secret", SECRET));
	}

	@Test
	void aManagerSeesTheLettersOfTheirChannelsWithThePayloadAsText() throws Exception {
		UUID letter = unsignedDelivery("{\"id\":\"x1\",\"text\":\"" + HOSTILE + "\"}");
		org.as(org.frManager);
		page(get("/channels/dead-letters")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"letter-" + letter + "\"")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString(HOSTILE))))
			.andExpect(content().string(containsString("does not match the body")))
			.andExpect(content().string(containsString("/channels/dead-letters/" + letter + "/replay")))
			.andExpect(content().string(containsString("/channels/dead-letters/" + letter + "/discard")))
			.andExpect(content().string(containsString(">Replay<")));
		page(get("/channels/dead-letters").param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Lettres mortes")))
			.andExpect(content().string(containsString(">Rejouer<")))
			.andExpect(content().string(containsString(">Écarter<")));
		page(get("/channels").param("lang", "fr")).andExpect(content().string(containsString("<h1>Canaux</h1>")));
	}

	@Test
	void othersDoNotSeeTheLettersNorDecideOnThem() throws Exception {
		UUID letter = unsignedDelivery("{\"id\":\"x2\"}");
		org.as(org.esManager);
		page(get("/channels/dead-letters")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(letter.toString()))));
		page(post("/channels/dead-letters/" + letter + "/replay")).andExpect(status().isNotFound());
		page(post("/channels/dead-letters/" + letter + "/discard")).andExpect(status().isNotFound());
		page(get("/channels/dead-letters").param("channel", channel.toString())).andExpect(status().isNotFound());
		org.as(org.frAgent);
		page(post("/channels/dead-letters/" + letter + "/discard")).andExpect(status().isForbidden());
		assertThat(open(letter)).isTrue();
	}

	@Test
	void aManagerReplaysACorrectedLetterOnceAndTheReplayIsAudited() throws Exception {
		UUID letter = unsignedDelivery("{\"id\":\"x3\",\"author\":{\"id\":\"u3\"},\"text\":\"late\"}");
		org.as(org.frManager);
		String corrected = "{\"id\":\"x3\",\"author\":{\"id\":\"u3\"},\"text\":\"late\",\"createdAt\":\"2026-12-02T09:00:00Z\"}";
		page(post("/channels/dead-letters/" + letter + "/replay").param("correction", corrected)
			.param("channel", channel.toString())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/channels/dead-letters?channel=" + channel))
			.andExpect(flash().attribute("message", "Replayed: 1 stored, 0 already there."));
		assertThat(fixtures.messages(channel)).isEqualTo(1);
		page(post("/channels/dead-letters/" + letter + "/replay").param("correction", corrected))
			.andExpect(flash().attribute("error", containsString("replayed or discarded already")));
		assertThat(audited()).contains("channel.dead-letter-replayed");
	}

	@Test
	void aManagerDiscardsALetterWhichStaysOnRecordButNoLongerOpen() throws Exception {
		UUID letter = unsignedDelivery("not even json");
		org.as(org.frManager);
		page(post("/channels/dead-letters/" + letter + "/discard").param("lang", "fr"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "Écartée ; la lettre reste consignée."));
		assertThat(open(letter)).isFalse();
		assertThat(jdbc.sql("select discarded_by from channel_dead_letter where id = ?").param(letter).query(String.class)
			.single()).isEqualTo("fr.community");
		page(get("/api/v1/channels/" + channel + "/dead-letters")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(letter.toString()))));
		page(post("/api/v1/channels/" + channel + "/dead-letters/" + letter + "/discard"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("already")));
		assertThat(audited()).contains("channel.dead-letter-discarded");
	}

	/** A delivery with a wrong signature: refused whole, and kept as an unverified letter. */
	private UUID unsignedDelivery(String body) throws Exception {
		mvc.perform(post("/api/v1/channels/" + channel + "/items").contentType("application/x-ndjson")
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("X-Dandelion-Signature", "sha256=00")).andExpect(status().isUnauthorized());
		return jdbc.sql("select id from channel_dead_letter where channel_id = ? order by received_at desc limit 1")
			.param(channel.value())
			.query(UUID.class)
			.single();
	}

	private boolean open(UUID letter) {
		return jdbc.sql("select replayed_at is null and discarded_at is null from channel_dead_letter where id = ?")
			.param(letter)
			.query(Boolean.class)
			.single();
	}

	private java.util.List<String> audited() {
		ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit, atLeastOnce()).record(entries.capture());
		return entries.getAllValues().stream().map(AuditEntry::action).toList();
	}

	private ResultActions page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("caller")).with(csrf()));
	}
}
