package io.dandelion.routing.internal;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.QueueId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work queues of every team. */
@Component
public class Queues {

	private static final String COLUMNS = "id, team_id, unit_id, name, role, units, languages, channels, intents, "
			+ "max_priority, position, auto_assign";

	private final JdbcClient jdbc;

	Queues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Queue> find(QueueId id) {
		return jdbc.sql("select " + COLUMNS + " from routing_queue where id = ?")
			.param(id.value())
			.query(Queues::queue)
			.optional();
	}

	/** Every queue, by position then name. */
	public List<Queue> all() {
		return jdbc.sql("select " + COLUMNS + " from routing_queue order by position, name").query(Queues::queue).list();
	}

	/** The queues of {@code teams}, by position then name. */
	List<Queue> ofTeams(Collection<TeamId> teams) {
		if (teams.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from routing_queue where team_id = any(?) order by position, name")
			.param(teams.stream().map(TeamId::value).toArray(UUID[]::new))
			.query(Queues::queue)
			.list();
	}

	Optional<Queue> withRole(Queue.Role role) {
		return jdbc.sql("select " + COLUMNS + " from routing_queue where role = ?")
			.param(role.name())
			.query(Queues::queue)
			.optional();
	}

	/** Queues named {@code name}, whatever their team. */
	List<Queue> named(String name) {
		return jdbc.sql("select " + COLUMNS + " from routing_queue where lower(name) = lower(?) order by position")
			.param(name)
			.query(Queues::queue)
			.list();
	}

	/** Creates a queue unless its team already has one of that name (or its role is taken); returns the stored one. */
	public Queue create(Queue queue) {
		jdbc.sql("""
				insert into routing_queue (id, team_id, unit_id, name, role, units, languages, channels, intents,
				                           max_priority, position, auto_assign)
				values (?, ?, ?, ?, ?, ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?, ?, ?)
				on conflict do nothing""")
			.params(queue.id().value(), queue.team().value(), queue.unit().value(), queue.name(), queue.role().name(),
					texts(queue.units().stream().map(UnitId::toString)), queue.languages().toArray(String[]::new),
					texts(queue.channels().stream().map(UUID::toString)), queue.intents().toArray(String[]::new),
					queue.maxPriority(), queue.position(), queue.autoAssign())
			.update();
		Optional<Queue> stored = queue.role() == Queue.Role.TEAM ? byName(queue.team(), queue.name())
				: withRole(queue.role());
		return stored.orElseThrow(() -> new IllegalStateException("queue " + queue.name() + " was not stored"));
	}

	Optional<Queue> byName(TeamId team, String name) {
		return jdbc.sql("select " + COLUMNS + " from routing_queue where team_id = ? and name = ?")
			.params(team.value(), name)
			.query(Queues::queue)
			.optional();
	}

	/** A queue that selects everything its team is sent. */
	static Queue defaultFor(TeamSummary team, String name, Queue.Role role) {
		return new Queue(QueueId.random(), team.id(), team.unit(), name, role, Set.of(), Set.of(), Set.of(), Set.of(),
				null, 100, false);
	}

	private static String[] texts(java.util.stream.Stream<String> values) {
		return values.toArray(String[]::new);
	}

	private static Queue queue(ResultSet rs, int row) throws SQLException {
		Object max = rs.getObject("max_priority");
		return new Queue(new QueueId(rs.getObject("id", UUID.class)), new TeamId(rs.getObject("team_id", UUID.class)),
				new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("name"),
				Queue.Role.valueOf(rs.getString("role")),
				uuids(rs.getArray("units")).stream().map(UnitId::new).collect(Collectors.toSet()),
				strings(rs.getArray("languages")), uuids(rs.getArray("channels")), strings(rs.getArray("intents")),
				max == null ? null : ((Number) max).intValue(), rs.getInt("position"), rs.getBoolean("auto_assign"));
	}

	private static Set<UUID> uuids(@Nullable Array array) throws SQLException {
		return array == null ? Set.of() : Set.copyOf(Arrays.asList((UUID[]) array.getArray()));
	}

	private static Set<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
	}
}
