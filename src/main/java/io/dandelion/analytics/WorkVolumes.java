package io.dandelion.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a conversation's messages that count under nobody yet to whoever takes it: the team (and its agency)
 * it is first routed to, the agent who next holds it. A customer's first message is counted before routing
 * knows where it goes; it then belongs to the team that answers it. Each message moves once: once it counts
 * under a team (an agent), it stays there when the conversation moves on.
 */
@Component
class WorkVolumes {

	private static final String NONE = "'00000000-0000-0000-0000-000000000000'::uuid";

	private final JdbcClient jdbc;

	WorkVolumes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Conversations went to teams (with the teams' agencies): their messages without a team count under them. */
	void routed(Map<UUID, UUID[]> teamAndAgency) {
		if (teamAndAgency.isEmpty()) {
			return;
		}
		var volumes = new VolumeDeltas();
		jdbc.sql("update analytics_message m set team_id = v.team, agency_id = v.agency "
				+ "from unnest(?::uuid[], ?::uuid[], ?::uuid[]) v(conversation, team, agency) "
				+ "where m.conversation_id = v.conversation and m.team_id = " + NONE + " and m.agency_id = " + NONE
				+ " and v.team <> " + NONE + " returning " + columns())
			.params(texts(teamAndAgency.keySet()), texts(teamAndAgency.values().stream().map(v -> v[0]).toList()),
					texts(teamAndAgency.values().stream().map(v -> v[1]).toList()))
			.query((rs, n) -> RollUps.fact(rs))
			.list()
			.forEach(after -> move(volumes, after.heldBy(Work.NONE, after.agent(), Work.NONE), after));
		volumes.write(jdbc);
	}

	/** Agents took conversations: their messages that no agent held count under them. */
	void taken(List<UUID> conversations, List<UUID> agents) {
		Map<UUID, UUID> agentOf = new LinkedHashMap<>();
		for (int i = 0; i < conversations.size(); i++) {
			if (!Work.NONE.equals(agents.get(i))) {
				agentOf.put(conversations.get(i), agents.get(i));
			}
		}
		if (agentOf.isEmpty()) {
			return;
		}
		var volumes = new VolumeDeltas();
		jdbc.sql("update analytics_message m set agent_id = v.agent from unnest(?::uuid[], ?::uuid[]) v(conversation, agent) "
				+ "where m.conversation_id = v.conversation and m.agent_id = " + NONE + " returning " + columns())
			.params(texts(agentOf.keySet()), texts(agentOf.values()))
			.query((rs, n) -> RollUps.fact(rs))
			.list()
			.forEach(after -> move(volumes, after.heldBy(after.team(), Work.NONE, after.agency()), after));
		volumes.write(jdbc);
	}

	private static void move(VolumeDeltas volumes, RollUps.Fact before, RollUps.Fact after) {
		volumes.add(before, -1);
		volumes.add(after, 1);
	}

	private static String columns() {
		return "m." + RollUps.FACT_COLUMNS.replace(", ", ", m.");
	}

	private static String[] texts(java.util.Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}
}
