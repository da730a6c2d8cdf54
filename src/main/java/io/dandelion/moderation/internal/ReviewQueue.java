package io.dandelion.moderation.internal;

import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.ReceivedMessage;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The messages waiting for a moderator: opened by the pipeline, or when a platform action failed for good. */
@Component
class ReviewQueue {

	/** Where the pipeline sends a message whose deletion waits for two people, if no rule named a queue. */
	static final String DELETIONS = "deletions";

	/** Where a message goes when the platform refused an action on it for good. */
	static final String FAILED_ACTIONS = "failed-actions";

	private final JdbcClient jdbc;
	private final Messages messages;

	ReviewQueue(JdbcClient jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** A message to put into a queue, and why. */
	record Opening(Moderated message, String queue, boolean deleteNeedsSecondPerson, List<String> reasons) {
	}

	/** Opens the items of a batch in one statement; a message already in that queue stays as it is. */
	int open(List<Opening> openings) {
		if (openings.isEmpty()) {
			return 0;
		}
		int n = openings.size();
		UUID[] ids = new UUID[n];
		UUID[] messageIds = new UUID[n];
		String[] queues = new String[n];
		Boolean[] secondPerson = new Boolean[n];
		String[] reasons = new String[n];
		String[] texts = new String[n];
		for (int i = 0; i < n; i++) {
			Opening opening = openings.get(i);
			ids[i] = UUID.randomUUID();
			messageIds[i] = opening.message().message().id().value();
			queues[i] = opening.queue();
			secondPerson[i] = opening.deleteNeedsSecondPerson();
			reasons[i] = RuleJson.write(opening.reasons());
			texts[i] = opening.message().message().text();
		}
		return jdbc.sql("""
				insert into moderation_review (id, message_id, conversation_id, channel_id, unit_id, platform, language,
				    queue, delete_needs_second_person, status, reasons, text)
				select t.id, d.message_id, d.conversation_id, d.channel_id, d.unit_id, d.platform, d.language, t.queue,
				       t.second, 'PENDING', t.reasons::jsonb, t.text
				from unnest(?::uuid[], ?::uuid[], ?::text[], ?::boolean[], ?::text[], ?::text[])
				     as t(id, message, queue, second, reasons, text)
				join moderation_decision d on d.message_id = t.message
				on conflict (message_id, queue) do nothing""")
			.params(ids, messageIds, queues, secondPerson, reasons, texts)
			.update();
	}

	/** Sends a message whose platform action failed for good to the people, with the platform's answer. */
	void openForFailedAction(MessageId message, String reason) {
		String text = messages.load(List.of(message)).stream().map(ReceivedMessage::text).findFirst().orElse("");
		jdbc.sql("""
				insert into moderation_review (id, message_id, conversation_id, channel_id, unit_id, platform, language,
				    queue, delete_needs_second_person, status, reasons, text)
				select ?, message_id, conversation_id, channel_id, unit_id, platform, language, ?, false, 'PENDING', ?::jsonb, ?
				from moderation_decision where message_id = ?
				on conflict (message_id, queue) do update set status = 'PENDING', reasons = excluded.reasons""")
			.params(UUID.randomUUID(), FAILED_ACTIONS, RuleJson.write(List.of(reason)), text, message.value())
			.update();
	}
}
