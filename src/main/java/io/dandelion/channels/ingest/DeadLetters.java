package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Input a channel could not take, kept (at most 64 KiB of it) for an admin to inspect and replay. */
@Component
class DeadLetters {

	static final int MAX_PAYLOAD = 64 * 1024;

	private final JdbcClient jdbc;

	DeadLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One dead letter; {@code verified} tells whether its delivery carried a valid signature. */
	record DeadLetter(UUID id, ChannelId channel, Instant receivedAt, String reason, @Nullable Integer line,
			String payload, boolean verified, @Nullable Instant replayedAt, @Nullable String replayedBy) {
	}

	UUID keep(ChannelId channel, String reason, @Nullable Integer line, String payload, boolean verified) {
		UUID id = UUID.randomUUID();
		String kept = payload.length() > MAX_PAYLOAD ? payload.substring(0, MAX_PAYLOAD) : payload;
		jdbc.sql("""
				insert into channel_dead_letter (id, channel_id, reason, line, payload, verified)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, channel.value(), reason.length() > 1000 ? reason.substring(0, 1000) : reason, line,
					kept.replace('\0', '\uFFFD'), verified)
			.update();
		return id;
	}

	List<DeadLetter> open(ChannelId channel, int limit) {
		return jdbc.sql("select * from channel_dead_letter where channel_id = ? and replayed_at is null "
				+ "order by received_at desc limit ?")
			.params(channel.value(), limit)
			.query((rs, n) -> letter(rs))
			.list();
	}

	Optional<DeadLetter> find(ChannelId channel, UUID id) {
		return jdbc.sql("select * from channel_dead_letter where channel_id = ? and id = ?")
			.params(channel.value(), id)
			.query((rs, n) -> letter(rs))
			.optional();
	}

	/** Marks the letter replayed; false when someone replayed it first. */
	boolean replayed(UUID id, String by) {
		return jdbc.sql("update channel_dead_letter set replayed_at = now(), replayed_by = ? where id = ? and replayed_at is null")
			.params(by, id)
			.update() == 1;
	}

	private static DeadLetter letter(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp replayed = rs.getTimestamp("replayed_at");
		int line = rs.getInt("line");
		return new DeadLetter(rs.getObject("id", UUID.class), new ChannelId(rs.getObject("channel_id", UUID.class)),
				rs.getTimestamp("received_at").toInstant(), rs.getString("reason"), rs.wasNull() ? null : line,
				rs.getString("payload"), rs.getBoolean("verified"), replayed == null ? null : replayed.toInstant(),
				rs.getString("replayed_by"));
	}
}
