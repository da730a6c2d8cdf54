package io.dandelion.conversations;

import static io.dandelion.conversations.InboundItems.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.dandelion.support.PipelineQuiet;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ConversationsTest
@RecordApplicationEvents
class ConversationChangesTests {

	@Autowired
	Channels channels;

	@Autowired
	CurrentAccess access;

	@Autowired
	AuditLog audit;

	@Autowired
	ItemSink sink;

	@Autowired
	ConversationChanges changes;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationEvents events;

	final UnitId unit = UnitId.random();
	ChannelSummary channel;
	String post;

	@BeforeEach
	void aConversation() {
		channel = TestChannels.register(channels, unit, "instagram");
		post = "post-" + UUID.randomUUID();
		sink.accept(channel.id(), List.of(commentOn(post, post + "-1")));
		given(access.get()).willReturn(TestScope.workerOf(unit));
	}

	@Test
	void resolvesAConversationAndANewInboundMessageReopensIt() throws Exception {
		move("resolved").andExpect(status().isNoContent());
		assertThat(storedStatus()).isEqualTo("RESOLVED");
		verify(audit).record(argThat(e -> e.action().equals("conversation.status-changed") && unit.equals(e.unit())));
		assertThat(events.stream(ConversationStatusChanged.class))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.conversation().value().toString()).isEqualTo(conversation());
				assertThat(e.unit()).isEqualTo(unit);
				assertThat(e.from()).isEqualTo(ConversationStatus.OPEN);
				assertThat(e.to()).isEqualTo(ConversationStatus.RESOLVED);
			});

		sink.accept(channel.id(), List.of(replyTo(post, post + "-1", post + "-2")));
		assertThat(storedStatus()).isEqualTo("OPEN");
	}

	@Test
	void refusesIllegalMovesAndCallersWhoMayOnlyRead() throws Exception {
		move("resolved").andExpect(status().isNoContent());
		move("pending").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("a resolved conversation cannot become pending"));

		given(access.get()).willReturn(TestScope.readerOf(unit));
		move("open").andExpect(status().isForbidden());
		assertThat(events.stream(ConversationStatusChanged.class)).hasSize(1);
		given(access.get()).willReturn(TestScope.workerOf(UnitId.random()));
		move("open").andExpect(status().isNotFound());
		assertThat(storedStatus()).isEqualTo("RESOLVED");
	}

	@Test
	void recordsTheLanguagesAnalysisFoundAndFiltersByThem() throws Exception {
		// the pipeline records the language it detects in the background; let it finish first
		PipelineQuiet.await(dataSource, Duration.ofSeconds(10));
		changes.recordLanguages(Map.of(new ConversationId(UUID.fromString(conversation())), "it"));

		mvc.perform(get("/api/v1/conversations").param("language", "it").param("channel", channel.id().toString()))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].language").value("it"));
		mvc.perform(get("/api/v1/conversations").param("language", "de").param("channel", channel.id().toString()))
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	private ResultActions move(String status) throws Exception {
		return mvc.perform(post("/api/v1/conversations/" + conversation() + "/status").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"" + status + "\"}"));
	}

	private String conversation() {
		return jdbc.sql("select id::text from conversation where root_external_id = ?").param(post).query(String.class).single();
	}

	private String storedStatus() {
		return jdbc.sql("select status from conversation where root_external_id = ?").param(post).query(String.class).single();
	}
}
