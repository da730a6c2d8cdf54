package io.dandelion.conversations;

import static io.dandelion.conversations.InboundItems.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ConversationsTest
class ReadingTests {

	@Autowired
	Channels channels;

	@Autowired
	CurrentAccess access;

	@Autowired
	AuditLog audit;

	@Autowired
	ItemSink sink;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final UnitId france = UnitId.random();
	final UnitId germany = UnitId.random();
	ChannelSummary french;
	ChannelSummary german;

	@BeforeEach
	void twoUnitsWithTraffic() {
		french = TestChannels.register(channels, france, "x");
		german = TestChannels.register(channels, germany, "facebook");
		sink.accept(french.id(), List.of(commentOn("fr-post", "fr-post"), replyTo("fr-post", "fr-post", "fr-1"),
				item("fr-2", Kind.COMMENT, "fr-post", "fr-1", new Author("a-9", "@jean", "Jean Dupont"),
						"Call me at +33 6 12 34 56 78 or jean.dupont@example.fr")));
		sink.accept(german.id(), List.of(commentOn("de-post", "de-post")));
		given(access.get()).willReturn(TestScope.readerOf(france));
	}

	@Test
	void listsOnlyTheConversationsOfTheCallersUnits() throws Exception {
		mvc.perform(get("/api/v1/conversations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].unit").value(france.toString()))
			.andExpect(jsonPath("$.items[0].messageCount").value(3));
	}

	@Test
	void hidesAnotherUnitsConversationAsIfItDidNotExist() throws Exception {
		mvc.perform(get("/api/v1/conversations/" + conversationOf("de-post"))).andExpect(status().isNotFound());
		mvc.perform(get("/conversations/" + conversationOf("de-post"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/conversations").param("unit", germany.toString()))
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void showsAThreadInReadingOrder() throws Exception {
		mvc.perform(get("/api/v1/conversations/" + conversationOf("fr-post")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[*].externalId").value(org.hamcrest.Matchers.contains("fr-post", "fr-1", "fr-2")))
			.andExpect(jsonPath("$.messages[*].depth").value(org.hamcrest.Matchers.contains(0, 1, 2)))
			.andExpect(jsonPath("$.messages[2].author.displayName").value("Jean Dupont"));
	}

	@Test
	void masksPersonalDataForAgencyStaffWhoseContractSaysSo() throws Exception {
		given(access.get()).willReturn(
				TestScope.agencyReaderOf(new ContractLimits(AgencyId.random(), Set.of(france), Set.of(), Set.of(), true)));

		String body = mvc.perform(get("/api/v1/conversations/" + conversationOf("fr-post")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[2].text").value("Call me at [phone] or [e-mail]"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("Dupont", "@jean", "12 34 56");
	}

	@Test
	void showsAgencyStaffOnlyTheLanguagesAndPlatformsOfTheirContract() throws Exception {
		jdbc.sql("update conversation set language = 'fr'").update();
		var germanOnly = new ContractLimits(AgencyId.random(), Set.of(france, germany), Set.of("de"), Set.of(), false);
		given(access.get()).willReturn(TestScope.agencyReaderOf(germanOnly));
		mvc.perform(get("/api/v1/conversations")).andExpect(jsonPath("$.items.length()").value(0));

		var facebookOnly = new ContractLimits(AgencyId.random(), Set.of(france, germany), Set.of(), Set.of("facebook"),
				false);
		given(access.get()).willReturn(TestScope.agencyReaderOf(facebookOnly));
		mvc.perform(get("/api/v1/conversations"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].platform").value("facebook"));
	}

	@Test
	void refusesBadFiltersWithAClearMessage() throws Exception {
		mvc.perform(get("/api/v1/conversations").param("status", "closed"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("status must be one of [OPEN, PENDING, RESOLVED], not closed"));
		mvc.perform(get("/api/v1/conversations/not-an-id"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("not a valid conversation id: not-an-id"));
		mvc.perform(get("/api/v1/conversations").param("size", "5000")).andExpect(status().isBadRequest());
	}

	@Test
	void rendersTheListAndTheThreadWithUserTextEscaped() throws Exception {
		sink.accept(french.id(), List.of(item("fr-3", Kind.COMMENT, "fr-post", "fr-2", anyAuthor(),
				"<script>alert('x')</script>")));

		mvc.perform(get("/conversations"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 3s\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));
		mvc.perform(get("/conversations/" + conversationOf("fr-post")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Jean Dupont")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));
	}

	private String conversationOf(String root) {
		return jdbc.sql("select id::text from conversation where root_external_id = ? and channel_id in (?, ?)")
			.params(root, french.id().value(), german.id().value())
			.query(String.class)
			.single();
	}
}
