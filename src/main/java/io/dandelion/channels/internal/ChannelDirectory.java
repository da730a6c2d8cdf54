package io.dandelion.channels.internal;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelState;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads channels in full, for this module's API, pages and connectors. */
@Component
public class ChannelDirectory {

	private static final String SELECT = """
			select c.*, array(select name from channel_credential k where k.channel_id = c.id order by name) as secrets
			from channel c""";

	private final JdbcClient jdbc;

	ChannelDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The channel with this id, deleted ones included (old conversations still name them). */
	public Optional<Channel> details(ChannelId id) {
		return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(ChannelDirectory::channel).optional();
	}

	/** Channels of these units that are not deleted, by unit, platform and handle. */
	public List<Channel> ofUnits(Collection<UnitId> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		UUID[] ids = units.stream().map(UnitId::value).toArray(UUID[]::new);
		return jdbc.sql(SELECT + " where c.unit_id = any(?) and c.status <> 'DELETED' order by c.unit_id, c.platform, lower(c.handle)")
			.param(ids)
			.query(ChannelDirectory::channel)
			.list();
	}

	/** Channels lent to another team now, not deleted. */
	public List<Channel> lent() {
		return jdbc.sql(SELECT + " where c.acting_team_id is not null and c.status <> 'DELETED'")
			.query(ChannelDirectory::channel)
			.list();
	}

	/** The health of every channel not deleted, for monitoring (no error text, no credentials). */
	public List<ChannelState> states() {
		return jdbc.sql("""
				select id, unit_id, coalesce(acting_team_id, owner_team_id), platform, handle, status, health, failures,
				       last_polled_at, next_poll_at
				from channel where status <> 'DELETED' order by unit_id, platform, lower(handle)""")
			.query((rs, n) -> new ChannelState(
					new ChannelSummary(new ChannelId(rs.getObject(1, UUID.class)), new UnitId(rs.getObject(2, UUID.class)),
							new TeamId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5)),
					ChannelStatus.PAUSED.name().equals(rs.getString(6)), rs.getString(7), rs.getInt(8),
					nullableInstant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))))
			.list();
	}

	static Channel channel(ResultSet rs, int row) throws SQLException {
		UUID actingTeam = rs.getObject("acting_team_id", UUID.class);
		Channel.Loan loan = actingTeam == null ? null
				: new Channel.Loan(new TeamId(actingTeam), instant(rs.getTimestamp("lent_at")), rs.getString("lent_by"),
						rs.getString("lend_reason"));
		return new Channel(new ChannelId(rs.getObject("id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				new TeamId(rs.getObject("owner_team_id", UUID.class)), loan, rs.getString("platform"),
				rs.getString("handle"), rs.getString("external_id"), ChannelStatus.valueOf(rs.getString("status")),
				ChannelHealth.valueOf(rs.getString("health")), rs.getString("last_error"),
				nullableInstant(rs.getTimestamp("last_error_at")), nullableInstant(rs.getTimestamp("last_polled_at")),
				names(rs.getArray("secrets")), instant(rs.getTimestamp("created_at")),
				nullableInstant(rs.getTimestamp("token_expires_at")));
	}

	private static Set<String> names(Array array) throws SQLException {
		return Set.of((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
