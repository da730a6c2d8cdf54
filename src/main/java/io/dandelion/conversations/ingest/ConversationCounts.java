package io.dandelion.conversations.ingest;

import io.dandelion.channels.InboundItem.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the new messages of a batch move their conversations' counters and times on. Counting only what
 * the insert returned keeps counters right under redelivery; locking the rows in id order first keeps
 * concurrent batches from deadlocking on them. A new inbound message reopens a resolved conversation.
 */
record ConversationCounts(Map<UUID, Count> counts) {

	record Count(int messages, int inbound, Instant first, Instant last) {

		Count plus(IngestWriter.StoredMessage message) {
			Instant at = message.createdAt();
			return new Count(messages + 1, inbound + (message.direction() == Direction.INBOUND ? 1 : 0),
					at.isBefore(first) ? at : first, at.isAfter(last) ? at : last);
		}
	}

	static ConversationCounts of(List<IngestWriter.StoredMessage> stored) {
		var counts = new TreeMap<UUID, Count>();
		for (var message : stored) {
			counts.compute(message.conversation(), (id, known) -> (known == null
					? new Count(0, 0, message.createdAt(), message.createdAt()) : known).plus(message));
		}
		return new ConversationCounts(counts);
	}

	void apply(JdbcClient jdbc) {
		if (counts.isEmpty()) {
			return;
		}
		String[] ids = counts.keySet().stream().map(UUID::toString).toArray(String[]::new);
		jdbc.sql("select id from conversation where id = any(?::uuid[]) order by id for update")
			.param(ids)
			.query((rs, n) -> rs.getString(1))
			.list();
		jdbc.sql("""
				update conversation c
				set message_count = c.message_count + d.messages,
				    inbound_count = c.inbound_count + d.inbound,
				    started_at = least(c.started_at, d.first),
				    last_message_at = greatest(c.last_message_at, d.last),
				    status = case when d.inbound > 0 and c.status = 'RESOLVED' then 'OPEN' else c.status end
				from unnest(?::uuid[], ?::int[], ?::int[], ?::timestamptz[], ?::timestamptz[])
				     as d(id, messages, inbound, first, last)
				where c.id = d.id""")
			.params(List.of(ids, column(c -> c.messages()), column(c -> c.inbound()), column(c -> c.first()),
					column(c -> c.last())))
			.update();
	}

	private String[] column(java.util.function.Function<Count, Object> value) {
		return counts.values().stream().map(c -> value.apply(c).toString()).toArray(String[]::new);
	}
}
