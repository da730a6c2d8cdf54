package io.dandelion.channels.polling;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.ChannelHealth;
import io.dandelion.organisation.UnitId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The polling state of channels in PostgreSQL. A lease is taken in one statement on rows locked with
 * {@code SKIP LOCKED}, so two nodes never take the same channel; every later write checks that the
 * lease is still ours, so a node that lost its lease (it was too slow) cannot move the cursor.
 */
@Component
public class PollLeases {

	private final JdbcClient jdbc;

	PollLeases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A channel leased for one poll. */
	public record Lease(ChannelId channel, UnitId unit, @Nullable String cursor, int failures, ChannelHealth health,
			Duration interval) {
	}

	public List<Lease> claim(String node, Collection<String> platforms, Duration lease, int limit) {
		if (platforms.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				update channel c set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
				where c.id in (select id from channel
				               where status = 'ACTIVE' and platform = any(?) and next_poll_at <= now()
				                 and (lease_until is null or lease_until < now())
				               order by next_poll_at limit ? for update skip locked)
				returning c.id, c.unit_id, c.poll_cursor, c.failures, c.health, c.poll_interval_s""")
			.params(node, (double) lease.toSeconds(), platforms.toArray(String[]::new), limit)
			.query((rs, n) -> new Lease(new ChannelId(rs.getObject(1, UUID.class)), new UnitId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getInt(4), ChannelHealth.valueOf(rs.getString(5)),
					Duration.ofSeconds(rs.getInt(6))))
			.list();
	}

	/** After the items were committed: the new cursor, healthy, next poll at {@code next}; false if the lease was lost. */
	public boolean advance(ChannelId channel, String node, @Nullable String cursor, Instant next) {
		return jdbc.sql("""
				update channel set poll_cursor = coalesce(?, poll_cursor), health = 'HEALTHY', failures = 0,
				  last_polled_at = now(), last_polled_by = lease_owner, next_poll_at = ?, lease_owner = null,
				  lease_until = null
				where id = ? and lease_owner = ?""")
			.params(cursor, Timestamp.from(next), channel.value(), node)
			.update() == 1;
	}

	/** A failed poll: the cursor stays, the error and health are kept, the next poll waits until {@code next}. */
	public boolean backOff(ChannelId channel, String node, ChannelHealth health, String error, Instant next) {
		return jdbc.sql("""
				update channel set health = ?, last_error = ?, last_error_at = now(), failures = failures + 1,
				  last_polled_at = now(), last_polled_by = lease_owner, next_poll_at = ?, lease_owner = null,
				  lease_until = null
				where id = ? and lease_owner = ?""")
			.params(health.name(), error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(next),
					channel.value(), node)
			.update() == 1;
	}
}
