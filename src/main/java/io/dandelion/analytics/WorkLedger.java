package io.dandelion.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Analytics' record of who works each conversation and what its SLA timers did ({@code analytics_work}),
 * written from routing's events in whatever order they come relative to the messages' events.
 */
@Component
class WorkLedger {

	private final JdbcClient jdbc;

	WorkLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, Work> load(Collection<UUID> conversations) {
		Map<UUID, Work> found = new HashMap<>();
		jdbc.sql("""
				select conversation_id, team_id, agent_id, agency_id, first_response_due, resolution_due,
				       first_response_breached, resolution_breached
				from analytics_work where conversation_id = any(?::uuid[])""")
			.param(conversations.stream().map(UUID::toString).toArray(String[]::new))
			.query(rs -> {
				found.put(rs.getObject(1, UUID.class),
						new Work(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
								instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
								rs.getBoolean(7), rs.getBoolean(8)));
			});
		return found;
	}

	/** The conversation went to a team's queue (the team's agency, or none); whoever held it lets go. */
	void routed(UUID conversation, UUID team, UUID agency) {
		jdbc.sql("""
				insert into analytics_work (conversation_id, team_id, agency_id) values (?, ?, ?)
				on conflict (conversation_id) do update set team_id = excluded.team_id, agency_id = excluded.agency_id,
				    agent_id = '00000000-0000-0000-0000-000000000000'""")
			.params(conversation, team, agency)
			.update();
	}

	/** An agent holds the conversation now (nil: nobody). */
	void heldBy(List<UUID> conversations, List<UUID> agents) {
		jdbc.sql("""
				insert into analytics_work (conversation_id, agent_id)
				select * from unnest(?::uuid[], ?::uuid[])
				on conflict (conversation_id) do update set agent_id = excluded.agent_id""")
			.params(conversations.stream().map(UUID::toString).toArray(String[]::new),
					agents.stream().map(UUID::toString).toArray(String[]::new))
			.update();
	}

	/** A timer's deadline became known (warning) or passed (breach); {@code kind} is the SLA timer's kind. */
	void deadline(UUID conversation, String kind, Instant due, boolean breached) {
		String column = switch (kind) {
			case "FIRST_RESPONSE" -> "first_response";
			case "RESOLUTION" -> "resolution";
			default -> null;
		};
		if (column == null) {
			return;
		}
		// column is one of two fixed names above, never input
		jdbc.sql("insert into analytics_work (conversation_id, " + column + "_due, " + column + "_breached) "
				+ "values (?, ?, ?) on conflict (conversation_id) do update set " + column + "_due = excluded." + column
				+ "_due, " + column + "_breached = analytics_work." + column + "_breached or excluded." + column
				+ "_breached")
			.params(conversation, due.atOffset(java.time.ZoneOffset.UTC), breached)
			.update();
	}

	/** A resolution closes the cycle: the next one starts without a resolution deadline or breach. */
	void resolutionCycleClosed(UUID conversation) {
		jdbc.sql("""
				update analytics_work set resolution_due = null, resolution_breached = false
				where conversation_id = ?""").param(conversation).update();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
