package io.dandelion.analytics;

import static io.dandelion.analytics.RollUps.array;

import io.dandelion.analytics.RollUps.Fact;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows each conversation's life: its first inbound message and the organisation's first answer after
 * it (the first-response sample, in the hour the answer came in, under the conversation's language at
 * that moment and the team, agent and agency holding it), and each cycle from a customer message to its
 * resolution (the resolution sample). Runs inside the batch's transaction (see {@link RollUps}).
 */
@Component
class ConversationTimes {

	private static final String COLUMNS = """
			conversation_id, unit_id, channel_id, platform, language, first_inbound_at, first_response_at, status,
			open_since, resolved_at""";

	private final JdbcClient jdbc;
	private final WorkLedger work;

	ConversationTimes(JdbcClient jdbc, WorkLedger work) {
		this.jdbc = jdbc;
		this.work = work;
	}

	void record(List<Fact> added, List<Fact> reclassified) {
		List<Fact> all = new ArrayList<>(added);
		all.addAll(reclassified);
		if (all.isEmpty()) {
			return;
		}
		List<UUID> ids = all.stream().map(Fact::conversation).distinct().toList();
		Map<UUID, Times> times = load(ids);
		Map<UUID, Work> holders = work.load(ids);
		List<Fact> byTime = new ArrayList<>(all);
		byTime.sort(Fact.byTime());
		var durations = new DurationDeltas();
		for (Fact fact : byTime) {
			Times current = times.computeIfAbsent(fact.conversation(), c -> Times.startedBy(fact));
			times.put(fact.conversation(), current.languageFrom(fact));
		}
		for (Fact fact : added.stream().sorted(Fact.byTime()).toList()) {
			Times current = times.get(fact.conversation());
			if (fact.inbound()) {
				times.put(fact.conversation(), current.inboundAt(fact.createdAt()));
			}
			else if (current.awaitsAnswerBefore(fact.createdAt())) {
				Work holder = holders.getOrDefault(fact.conversation(), Work.UNKNOWN);
				times.put(fact.conversation(), current.answeredAt(fact.createdAt()));
				durations.add(current, holder, Metric.FIRST_RESPONSE, fact.createdAt(),
						Duration.between(current.firstInboundAt(), fact.createdAt()),
						holder.firstResponseMissed(fact.createdAt()));
			}
		}
		write(times.values());
		durations.write(jdbc);
	}

	/**
	 * A person moved the conversation: resolving it ends the current cycle (one resolution sample, in the
	 * hour it was resolved); reopening it starts a new one. A conversation analytics has not heard of yet is
	 * left alone (its messages' events have not been handled: there is nothing to measure from).
	 */
	void statusChanged(UUID conversation, String status, Instant at) {
		Times current = load(List.of(conversation)).get(conversation);
		if (current == null) {
			return;
		}
		if ("RESOLVED".equals(status)) {
			if (current.openSince() != null && !at.isBefore(current.openSince())) {
				Work holder = work.load(List.of(conversation)).getOrDefault(conversation, Work.UNKNOWN);
				var durations = new DurationDeltas();
				durations.add(current, holder, Metric.RESOLUTION, at, Duration.between(current.openSince(), at),
						holder.resolutionMissed(at));
				durations.write(jdbc);
				work.resolutionCycleClosed(conversation);
			}
			write(List.of(current.resolvedAt(at)));
		}
		else {
			write(List.of(current.movedTo(status, at)));
		}
	}

	private Map<UUID, Times> load(List<UUID> ids) {
		Map<UUID, Times> found = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from analytics_conversation where conversation_id = any(?::uuid[])")
			.param(ids.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> new Times(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class)), rs.getString(8),
					instant(rs.getObject(9, OffsetDateTime.class)), instant(rs.getObject(10, OffsetDateTime.class))))
			.list()
			.forEach(t -> found.put(t.conversation(), t));
		return found;
	}

	private void write(Collection<Times> rows) {
		List<Times> list = List.copyOf(rows);
		jdbc.sql("insert into analytics_conversation (" + COLUMNS + """
				)
				select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],
				                     ?::text[], ?::timestamptz[], ?::timestamptz[])
				on conflict (conversation_id) do update set language = excluded.language,
				    first_inbound_at = excluded.first_inbound_at, first_response_at = excluded.first_response_at,
				    status = excluded.status, open_since = excluded.open_since, resolved_at = excluded.resolved_at""")
			.params(array(list, t -> t.conversation().toString()), array(list, t -> t.unit().toString()),
					array(list, t -> t.channel().toString()), array(list, Times::platform), array(list, Times::language),
					array(list, t -> text(t.firstInboundAt())), array(list, t -> text(t.firstResponseAt())),
					array(list, Times::status), array(list, t -> text(t.openSince())),
					array(list, t -> text(t.resolvedAt())))
			.update();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private static @Nullable String text(@Nullable Instant value) {
		return value == null ? null : value.toString();
	}

	/**
	 * What analytics knows of one conversation's timing: the first inbound message and first answer, its
	 * status, the first customer message of the cycle still waiting for resolution, and the last resolution.
	 */
	record Times(UUID conversation, UUID unit, UUID channel, String platform, String language,
			@Nullable Instant firstInboundAt, @Nullable Instant firstResponseAt, String status,
			@Nullable Instant openSince, @Nullable Instant resolvedAt) {

		static Times startedBy(Fact fact) {
			return new Times(fact.conversation(), fact.unit(), fact.channel(), fact.platform(),
					fact.classification().language(), null, null, "OPEN", null, null);
		}

		/** An inbound message's determined language becomes the conversation's. */
		Times languageFrom(Fact fact) {
			String found = fact.classification().language();
			if (!fact.inbound() || Classification.UNDETERMINED.equals(found)) {
				return this;
			}
			return new Times(conversation, unit, channel, platform, found, firstInboundAt, firstResponseAt, status,
					openSince, resolvedAt);
		}

		/** A customer message: maybe the first of all, and the start of a cycle unless one is running. */
		Times inboundAt(Instant at) {
			boolean earlier = firstInboundAt == null || at.isBefore(firstInboundAt);
			Instant first = earlier && firstResponseAt == null ? at : firstInboundAt;
			boolean afterResolution = resolvedAt == null || at.isAfter(resolvedAt);
			if (!afterResolution) {
				return new Times(conversation, unit, channel, platform, language, first, firstResponseAt, status,
						openSince, resolvedAt);
			}
			Instant since = openSince == null || at.isBefore(openSince) ? at : openSince;
			String now = "RESOLVED".equals(status) ? "OPEN" : status;
			return new Times(conversation, unit, channel, platform, language, first, firstResponseAt, now, since,
					resolvedAt);
		}

		boolean awaitsAnswerBefore(Instant at) {
			return firstInboundAt != null && firstResponseAt == null && !at.isBefore(firstInboundAt);
		}

		Times answeredAt(Instant at) {
			return new Times(conversation, unit, channel, platform, language, firstInboundAt, at, status, openSince,
					resolvedAt);
		}

		Times resolvedAt(Instant at) {
			return new Times(conversation, unit, channel, platform, language, firstInboundAt, firstResponseAt,
					"RESOLVED", null, at);
		}

		/** Open or pending: a conversation reopened by a person starts a new cycle then. */
		Times movedTo(String next, Instant at) {
			Instant since = openSince == null && "RESOLVED".equals(status) ? at : openSince;
			return new Times(conversation, unit, channel, platform, language, firstInboundAt, firstResponseAt, next,
					since, resolvedAt);
		}
	}
}
