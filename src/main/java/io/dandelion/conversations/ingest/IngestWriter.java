package io.dandelion.conversations.ingest;

import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Direction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a prepared batch with six set-based statements whatever its size: contacts, conversations
 * and messages are each inserted from arrays with {@code ON CONFLICT DO NOTHING} (so redelivered and
 * concurrently delivered rows are skipped, not failed), then read back by their unique keys, then the
 * counters of the conversations that received new messages are moved on. Runs inside the caller's
 * transaction.
 */
@Component
class IngestWriter {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	IngestWriter(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores the batch and returns the messages that were new. */
	List<StoredMessage> write(ChannelSummary channel, PreparedBatch batch) {
		Map<String, String> contacts = contacts(channel.platform(), batch.authors());
		Map<String, String> conversations = conversations(channel, batch.threads());
		List<StoredMessage> stored = messages(channel, batch.items(), contacts, conversations);
		ConversationCounts.of(stored).apply(jdbc);
		return stored;
	}

	private Map<String, String> contacts(String platform, Collection<InboundItem.Author> authors) {
		jdbc.sql("""
				insert into contact (id, platform, external_id, handle, display_name)
				select t.id, ?, t.external_id, t.handle, t.display_name
				from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as t(id, external_id, handle, display_name)
				on conflict (platform, external_id) do nothing""")
			.params(List.of(platform, array(authors, a -> TimeOrderedIds.next().toString()),
					array(authors, InboundItem.Author::externalId), array(authors, InboundItem.Author::handle),
					array(authors, InboundItem.Author::displayName)))
			.update();
		return idsByKey("select external_id, id::text from contact where platform = ? and external_id = any(?::text[])",
				platform, array(authors, InboundItem.Author::externalId));
	}

	private Map<String, String> conversations(ChannelSummary channel, Collection<PreparedBatch.Thread> threads) {
		jdbc.sql("""
				insert into conversation (id, channel_id, unit_id, platform, kind, root_external_id, started_at, last_message_at)
				select t.id, ?::uuid, ?::uuid, ?, t.kind, t.root, t.first, t.last
				from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) as t(id, kind, root, first, last)
				on conflict (channel_id, root_external_id) do nothing""")
			.params(List.of(channel.id().toString(), channel.unit().toString(), channel.platform(),
					array(threads, t -> TimeOrderedIds.next().toString()), array(threads, t -> t.kind().name()),
					array(threads, PreparedBatch.Thread::root), array(threads, t -> t.first().toString()),
					array(threads, t -> t.last().toString())))
			.update();
		return idsByKey(
				"select root_external_id, id::text from conversation where channel_id = ?::uuid and root_external_id = any(?::text[])",
				channel.id().toString(), array(threads, PreparedBatch.Thread::root));
	}

	private List<StoredMessage> messages(ChannelSummary channel, List<PreparedBatch.Item> items,
			Map<String, String> contacts, Map<String, String> conversations) {
		return jdbc.sql("""
				insert into message (id, conversation_id, channel_id, external_id, direction, kind, contact_id, body,
				                     parent_external_id, thread_external_id, created_at, attachments, metadata)
				select t.id, t.conversation_id, ?::uuid, t.external_id, t.direction, t.kind, t.contact_id, t.body,
				       t.parent, t.thread, t.created_at, t.attachments, t.metadata
				from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[],
				            ?::text[], ?::timestamptz[], ?::jsonb[], ?::jsonb[])
				     as t(id, conversation_id, external_id, direction, kind, contact_id, body, parent, thread, created_at,
				          attachments, metadata)
				on conflict (channel_id, external_id) do nothing
				returning id, conversation_id, direction, created_at""")
			.params(List.of(channel.id().toString(), array(items, i -> TimeOrderedIds.next().toString()),
					array(items, i -> conversations.get(i.root())), array(items, i -> i.item().externalId()),
					array(items, i -> i.item().direction().name()), array(items, i -> i.item().kind().name()),
					array(items, i -> contacts.get(i.item().author().externalId())), array(items, i -> i.item().text()),
					array(items, i -> i.item().parentExternalId()), array(items, i -> i.item().threadExternalId()),
					array(items, i -> i.item().createdAt().toString()),
					array(items, i -> i.item().attachments().isEmpty() ? "[]" : json.writeValueAsString(i.item().attachments())),
					array(items, i -> i.item().metadata().isEmpty() ? "{}" : json.writeValueAsString(i.item().metadata()))))
			.query((rs, n) -> new StoredMessage(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
					Direction.valueOf(rs.getString(3)), rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	private Map<String, String> idsByKey(String sql, String scope, String[] keys) {
		Map<String, String> ids = new HashMap<>(keys.length * 2);
		jdbc.sql(sql).params(List.of(scope, keys)).query(rs -> {
			ids.put(rs.getString(1), rs.getString(2));
		});
		return ids;
	}

	private static <T> String[] array(Collection<T> rows, Function<T, ?> column) {
		String[] values = new String[rows.size()];
		int i = 0;
		for (T row : rows) {
			Object value = column.apply(row);
			values[i++] = value == null ? null : value.toString();
		}
		return values;
	}

	/** A message this batch stored for the first time. */
	record StoredMessage(UUID id, UUID conversation, Direction direction, Instant createdAt) {
	}
}
