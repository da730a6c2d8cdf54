package io.dandelion.routing.internal;

import io.dandelion.conversations.ConversationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads, for routing tests, where a conversation waits, in which state, and the latest routing decision. */
@Component
class WorkItemsProbe {

	private final JdbcClient jdbc;

	WorkItemsProbe(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String queueOf(ConversationId conversation) {
		return jdbc.sql("select q.name from routing_item i join routing_queue q on q.id = i.queue_id where i.conversation_id = ?")
			.param(conversation.value())
			.query(String.class)
			.single();
	}

	String state(ConversationId conversation) {
		return jdbc.sql("select state from routing_item where conversation_id = ?")
			.param(conversation.value())
			.query(String.class)
			.single();
	}

	/** The latest decision as "STEP: reason". */
	String lastDecision(ConversationId conversation) {
		return jdbc.sql("select step || ': ' || reason from routing_decision where conversation_id = ? "
				+ "order by decided_at desc limit 1")
			.param(conversation.value())
			.query(String.class)
			.single();
	}

	/** {@code select count(*) from} the rest. */
	int count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Integer.class).single();
	}
}
