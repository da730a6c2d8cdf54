package io.dandelion.conversations;

import static io.dandelion.conversations.InboundItems.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.Channels;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ConversationsTest
class CustomersTests {

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

	final UnitId unit = UnitId.random();
	final Author onX = anyAuthor();
	final Author byEmail = anyAuthor();
	final Author onFacebook = anyAuthor();

	@BeforeEach
	void oneCustomerWritingOnThreePlatforms() {
		sink.accept(TestChannels.register(channels, unit, "x").id(), List.of(directMessage("t1", "x-1", onX)));
		sink.accept(TestChannels.register(channels, unit, "email").id(), List.of(directMessage("t2", "e-1", byEmail)));
		sink.accept(TestChannels.register(channels, unit, "facebook").id(),
				List.of(directMessage("t3", "f-1", onFacebook)));
		given(access.get()).willReturn(TestScope.workerOf(unit));
	}

	@Test
	void linksIdentitiesOnSeveralPlatformsIntoOneCustomerAndMergesCustomers() throws Exception {
		link(contact(onX), contact(byEmail)).andExpect(status().isOk());
		link(contact(onFacebook), contact(onX)).andExpect(status().isOk());

		assertThat(jdbc.sql("select count(distinct customer_id) from contact where id = any(?)")
			.param(new UUID[] { contact(onX), contact(byEmail), contact(onFacebook) })
			.query(Long.class)
			.single()).isEqualTo(1);
		verify(audit, org.mockito.Mockito.times(2)).record(argThat(entry -> entry.action().equals("contact.linked") && unit.equals(entry.unit())));
	}

	@Test
	void treatsContactsOutsideTheCallersUnitsAsUnknown() throws Exception {
		var stranger = anyAuthor();
		sink.accept(TestChannels.register(channels, UnitId.random(), "x").id(), List.of(directMessage("t9", "s-1", stranger)));

		link(contact(onX), contact(stranger)).andExpect(status().isNotFound());
		link(contact(onX), contact(onX)).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions link(UUID contact, UUID other) throws Exception {
		return mvc.perform(post("/api/v1/contacts/" + contact + "/links").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"contact\": \"" + other + "\"}"));
	}

	private UUID contact(Author author) {
		return jdbc.sql("select id from contact where external_id = ?").param(author.externalId()).query(UUID.class).single();
	}
}
