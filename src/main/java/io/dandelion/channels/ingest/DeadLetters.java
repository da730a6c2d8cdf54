package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Input a channel could not take, kept (at most 64 KiB of it) for an admin to inspect, then replay or
 * discard; a letter replayed or discarded stays, with who and when, but is no longer open.
 */
@Component
class DeadLetters {

	static final int MAX_PAYLOAD = 64 * 1024;

	private final JdbcClient jdbc;

	DeadLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One dead letter; {@code verified} tells whether its delivery carried a valid signature. */
	record DeadLetter(UUID id, ChannelId channel, Instant receivedAt, String reason, @Nullable Integer line,
			String payload, boolean verified, @Nullable Instant replayedAt, @Nullable String replayedBy,
			@Nullable Instant discardedAt, @Nullable String discardedBy) {

		boolean isOpen() {
			return replayedAt == null && discardedAt == null;
		}
	}

	UUID keep(ChannelId channel, String reason, @Nullable Integer line, String payload, boolean verified) {
		UUID id = UUID.randomUUID();
		String kept = payload.length() > MAX_PAYLOAD ? payload.substring(0, MAX_PAYLOAD) : payload;
		jdbc.sql("""
				insert into channel_dead_letter (id, channel_id, reason, line, payload, verified)
				values (?, ?, ?, ?, ?, ?)""")
			// the reason may quote the bad value, NUL included, which PostgreSQL text cannot hold
			.params(id, channel.value(), (reason.length() > 1000 ? reason.substring(0, 1000) : reason).replace('\0', '\uFFFD'),
					line, kept.replace('\0', '\uFFFD'), verified)
			.update();
		return id;
	}

	List<DeadLetter> open(ChannelId channel, int limit) {
		return open(List.of(channel), limit);
	}

	/** The open letters of these channels, newest first. */
	List<DeadLetter> open(Collection<ChannelId> channels, int limit) {
		return jdbc.sql("""
				select * from channel_dead_letter
				where channel_id = any(?) and replayed_at is null and discarded_at is null
				order by received_at desc limit ?""")
			.params(channels.stream().map(ChannelId::value).toArray(UUID[]::new), limit)
			.query((rs, n) -> letter(rs))
			.list();
	}

	Optional<DeadLetter> find(UUID id) {
		return jdbc.sql("select * from channel_dead_letter where id = ?").param(id).query((rs, n) -> letter(rs)).optional();
	}

	/** Marks the letter replayed; false when someone replayed or discarded it first. */
	boolean replayed(UUID id, String by) {
		return close(id, "replayed", by);
	}

	/** Marks the letter discarded; false when someone replayed or discarded it first. */
	boolean discarded(UUID id, String by) {
		return close(id, "discarded", by);
	}

	private boolean close(UUID id, String how, String by) {
		return jdbc.sql("update channel_dead_letter set " + how + "_at = now(), " + how + "_by = ? "
				+ "where id = ? and replayed_at is null and discarded_at is null")
			.params(by, id)
			.update() == 1;
	}

	private static DeadLetter letter(ResultSet rs) throws SQLException {
		int line = rs.getInt("line");
		Integer lineOrNull = rs.wasNull() ? null : line;
		return new DeadLetter(rs.getObject("id", UUID.class), new ChannelId(rs.getObject("channel_id", UUID.class)),
				rs.getTimestamp("received_at").toInstant(), rs.getString("reason"), lineOrNull, rs.getString("payload"),
				rs.getBoolean("verified"), instant(rs.getTimestamp("replayed_at")), rs.getString("replayed_by"),
				instant(rs.getTimestamp("discarded_at")), rs.getString("discarded_by"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
