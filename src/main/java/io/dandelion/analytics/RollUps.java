package io.dandelion.analytics;

import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.ReceivedMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the roll-ups in step with the pipeline's events, one transaction and a handful of set-based
 * statements per batch. A message is counted once: the first event that names it adds it under what is
 * known then; moderation's classification later moves it to its own buckets, once. Batches are written
 * one after the other (a transaction-scoped advisory lock), so concurrent batches neither double count
 * nor deadlock on shared roll-up rows.
 */
@Component
class RollUps {

	/** What {@link #fact} reads, in its order. */
	static final String FACT_COLUMNS = "message_id, conversation_id, created_at, unit_id, channel_id, platform, direction, "
			+ "language, intent, sentiment, moderated, team_id, agent_id, agency_id";

	private final JdbcClient jdbc;
	private final ConversationTimes conversations;
	private final WorkLedger work;

	RollUps(JdbcClient jdbc, ConversationTimes conversations, WorkLedger work) {
		this.jdbc = jdbc;
		this.conversations = conversations;
		this.work = work;
	}

	@Transactional
	void record(List<Observation> observations) {
		if (observations.isEmpty()) {
			return;
		}
		serialise(jdbc);
		Map<MessageId, Fact> known = known(observations.stream().map(o -> o.message().id()).toList());
		// who holds each conversation now: its new messages count under them (WorkVolumes moves them later if nobody)
		Map<UUID, Work> holders = work.load(observations.stream()
			.filter(o -> !known.containsKey(o.message().id()))
			.map(o -> o.message().conversation().value())
			.collect(Collectors.toSet()));
		var volumes = new VolumeDeltas();
		List<Fact> added = new ArrayList<>();
		List<Fact> reclassified = new ArrayList<>();
		for (Observation observation : observations) {
			Fact before = known.get(observation.message().id());
			if (before == null) {
				Fact fact = Fact.of(observation,
						holders.getOrDefault(observation.message().conversation().value(), Work.UNKNOWN));
				added.add(fact);
				known.put(fact.message(), fact);
				volumes.add(fact, 1);
			}
			else if (observation.classification() != null && !before.moderated()) {
				Fact after = before.classifiedAs(observation.classification());
				reclassified.add(after);
				known.put(after.message(), after);
				volumes.add(before, -1);
				volumes.add(after, 1);
			}
		}
		insert(added);
		update(reclassified);
		volumes.write(jdbc);
		conversations.record(added, reclassified);
	}

	private Map<MessageId, Fact> known(List<MessageId> ids) {
		return jdbc.sql("select " + FACT_COLUMNS + " from analytics_message where message_id = any(?::uuid[])")
			.param(ids.stream().map(MessageId::toString).toArray(String[]::new))
			.query((rs, n) -> fact(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(Fact::message, Function.identity(), (a, b) -> a, java.util.HashMap::new));
	}

	private void insert(List<Fact> facts) {
		if (facts.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into analytics_message (message_id, conversation_id, created_at, unit_id, channel_id, platform,
				                               direction, language, intent, sentiment, moderated, team_id, agent_id, agency_id)
				select * from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::uuid[], ?::uuid[], ?::text[], ?::text[],
				                     ?::text[], ?::text[], ?::text[], ?::boolean[], ?::uuid[], ?::uuid[], ?::uuid[])
				on conflict (message_id) do nothing""")
			.params(array(facts, f -> f.message().toString()), array(facts, f -> f.conversation().toString()),
					array(facts, f -> f.createdAt().toString()), array(facts, f -> f.unit().toString()),
					array(facts, f -> f.channel().toString()), array(facts, Fact::platform), array(facts, Fact::direction),
					array(facts, f -> f.classification().language()), array(facts, f -> f.classification().intent()),
					array(facts, f -> f.classification().sentiment()), array(facts, f -> String.valueOf(f.moderated())),
					array(facts, f -> f.team().toString()), array(facts, f -> f.agent().toString()),
					array(facts, f -> f.agency().toString()))
			.update();
	}

	private void update(List<Fact> facts) {
		if (facts.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update analytics_message m set language = v.language, intent = v.intent, sentiment = v.sentiment,
				       moderated = true
				from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as v(id, language, intent, sentiment)
				where m.message_id = v.id""")
			.params(array(facts, f -> f.message().toString()), array(facts, f -> f.classification().language()),
					array(facts, f -> f.classification().intent()), array(facts, f -> f.classification().sentiment()))
			.update();
	}

	/** The columns {@link #FACT_COLUMNS} of {@code analytics_message} as a fact. */
	static Fact fact(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Fact(new MessageId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
				rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
				rs.getString(6), rs.getString(7), new Classification(rs.getString(8), rs.getString(9), rs.getString(10)),
				rs.getBoolean(11), rs.getObject(12, UUID.class), rs.getObject(13, UUID.class), rs.getObject(14, UUID.class));
	}

	/** Waits for the roll-up writers before this transaction, and holds them off until it ends. */
	static void serialise(JdbcClient jdbc) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('dandelion.analytics.rollups'))").query().singleRow();
	}

	static <T> String[] array(List<T> rows, Function<T, String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

	static Instant hourOf(Instant instant) {
		return instant.truncatedTo(ChronoUnit.HOURS);
	}

	/** A message as analytics counted it, with the team, agent and agency it counts under ({@link Work#NONE}: none). */
	record Fact(MessageId message, UUID conversation, Instant createdAt, UUID unit, UUID channel, String platform,
			String direction, Classification classification, boolean moderated, UUID team, UUID agent, UUID agency) {

		static Fact of(Observation observation, Work holder) {
			ReceivedMessage m = observation.message();
			Classification classification = observation.classification() != null ? observation.classification()
					: Classification.beforeModeration(m.conversationLanguage());
			return new Fact(m.id(), m.conversation().value(), m.createdAt(), m.unit().value(), m.channel().value(),
					m.platform(), m.direction().name(), classification, observation.classification() != null,
					holder.team(), holder.agent(), holder.agency());
		}

		Fact classifiedAs(Classification classification) {
			return new Fact(message, conversation, createdAt, unit, channel, platform, direction, classification, true,
					team, agent, agency);
		}

		Fact heldBy(UUID team, UUID agent, UUID agency) {
			return new Fact(message, conversation, createdAt, unit, channel, platform, direction, classification,
					moderated, team, agent, agency);
		}

		boolean inbound() {
			return "INBOUND".equals(direction);
		}

		static Comparator<Fact> byTime() {
			return Comparator.comparing(Fact::createdAt).thenComparing(f -> f.message().value());
		}
	}
}
