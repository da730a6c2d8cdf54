package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.organisation.UnitId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the messages a {@link MessagesReceived} names, for the pipeline, in one query per batch. This
 * is off-request system work: callers that serve a person go through {@link Conversations}, which
 * applies the person's scope.
 */
@Component
public class Messages {

	private final JdbcClient jdbc;

	Messages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored messages among {@code ids}, oldest first; ids that name nothing are left out. */
	public List<ReceivedMessage> load(Collection<MessageId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] values = ids.stream().map(MessageId::value).toArray(UUID[]::new);
		return jdbc.sql("""
				select m.id, m.conversation_id, m.channel_id, c.unit_id, c.platform, m.kind, m.direction, m.contact_id,
				       m.body, m.created_at, c.language, m.external_id,
				       coalesce(m.thread_external_id, c.root_external_id)
				from message m join conversation c on c.id = m.conversation_id
				where m.id = any(?) order by m.created_at, m.id""")
			.param(values)
			.query((rs, n) -> new ReceivedMessage(new MessageId(rs.getObject(1, UUID.class)),
					new ConversationId(rs.getObject(2, UUID.class)), new ChannelId(rs.getObject(3, UUID.class)),
					new UnitId(rs.getObject(4, UUID.class)), rs.getString(5), InboundItem.Kind.valueOf(rs.getString(6)),
					InboundItem.Direction.valueOf(rs.getString(7)), new ContactId(rs.getObject(8, UUID.class)),
					rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11), rs.getString(12),
					rs.getString(13)))
			.list();
	}
}
