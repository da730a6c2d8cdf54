package io.dandelion.routing.internal;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.BusinessHours;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.routing.BusinessCalendar;
import io.dandelion.routing.SlaPolicy;
import io.dandelion.routing.SlaTimer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts and stops the SLA timers of conversations, counted in business time of their unit (opening
 * hours in its time zone, holidays excluded): first response and resolution when a conversation is
 * routed, next response when the customer writes again after an answer; an answer stops the response
 * timers. A work item's due time is its earliest running deadline, so the backlog drains oldest breach first.
 */
@Component
class SlaClock {

	private final JdbcClient jdbc;
	private final SlaPolicies policies;
	private final Units units;

	SlaClock(JdbcClient jdbc, SlaPolicies policies, Units units) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.units = units;
	}

	/** A conversation that starts waiting: where, on which account and platform, how urgent, since when. */
	record Start(ConversationId conversation, UnitId unit, UUID channel, String platform, int priority, Instant since) {
	}

	/** Starts first-response and resolution timers for newly routed conversations. */
	void routed(List<Start> starts) {
		start(starts, List.of(SlaTimer.Kind.FIRST_RESPONSE, SlaTimer.Kind.RESOLUTION));
	}

	/** Starts next-response timers where the customer wrote again after being answered. */
	void wroteAgain(List<Start> starts) {
		if (starts.isEmpty()) {
			return;
		}
		List<Start> answered = starts.stream()
			.filter(s -> jdbc.sql("""
					select exists (select 1 from sla_timer where conversation_id = ? and kind = 'FIRST_RESPONSE'
					               and stopped_at is not null)
					   and not exists (select 1 from sla_timer where conversation_id = ? and kind = 'NEXT_RESPONSE'
					                   and stopped_at is null)""")
				.params(s.conversation().value(), s.conversation().value())
				.query(Boolean.class)
				.single())
			.toList();
		start(answered, List.of(SlaTimer.Kind.NEXT_RESPONSE));
	}

	/** Someone answered: the running response timers stop. */
	void answered(ConversationId conversation) {
		jdbc.sql("""
				update sla_timer set stopped_at = now()
				where conversation_id = ? and kind in ('FIRST_RESPONSE', 'NEXT_RESPONSE') and stopped_at is null""")
			.param(conversation.value())
			.update();
		dueAgain(conversation);
	}

	/** The business calendar of a unit; a unit without opening hours counts every hour. */
	BusinessCalendar calendar(UnitId unit) {
		BusinessHours hours = units.businessHours(unit);
		Map<DayOfWeek, List<BusinessCalendar.Opening>> week = new EnumMap<>(DayOfWeek.class);
		hours.week().forEach((day, openings) -> week.put(day,
				openings.stream().map(o -> new BusinessCalendar.Opening(o.opens(), o.closes())).toList()));
		if (week.values().stream().allMatch(List::isEmpty)) {
			return BusinessCalendar.always(hours.zone());
		}
		return new BusinessCalendar(hours.zone(), week, hours.holidays());
	}

	private void start(List<Start> starts, List<SlaTimer.Kind> kinds) {
		List<SlaPolicies.Stored> all = policies.all();
		if (all.isEmpty() || starts.isEmpty()) {
			return;
		}
		List<SlaPolicy> models = all.stream().map(SlaPolicies.Stored::policy).toList();
		Map<UnitId, BusinessCalendar> calendars = new HashMap<>();
		List<Started> rows = new ArrayList<>();
		for (Start s : starts) {
			List<UnitId> path = units.path(s.unit()).stream().map(UnitSummary::id).toList();
			Optional<SlaPolicy> policy = SlaPolicy.mostSpecific(models, path, new ChannelId(s.channel()), s.platform(),
					s.priority());
			if (policy.isEmpty()) {
				continue;
			}
			SlaPolicies.Stored stored = all.get(models.indexOf(policy.get()));
			BusinessCalendar calendar = calendars.computeIfAbsent(s.unit(), this::calendar);
			for (SlaTimer.Kind kind : kinds) {
				var targets = policy.get().targets();
				var target = switch (kind) {
					case FIRST_RESPONSE -> targets.firstResponse();
					case NEXT_RESPONSE -> targets.nextResponse();
					case RESOLUTION -> targets.resolution();
				};
				SlaTimer timer = SlaTimer.start(kind, s.since(), target, targets.warnAt(), calendar);
				rows.add(new Started(s.conversation(), stored.id(), timer));
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into sla_timer (conversation_id, kind, policy, started_at, warn_at, due_at)
				select * from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
				on conflict (conversation_id, kind) do update
				set policy = excluded.policy, started_at = excluded.started_at, warn_at = excluded.warn_at,
				    due_at = excluded.due_at, stopped_at = null, warned_at = null, breached_at = null""")
			.params(texts(rows, r -> r.conversation().toString()), texts(rows, r -> r.timer().kind().name()),
					texts(rows, r -> r.policy().toString()), texts(rows, r -> r.timer().startedAt().toString()),
					texts(rows, r -> r.timer().warnAt().toString()), texts(rows, r -> r.timer().dueAt().toString()))
			.update();
		jdbc.sql("""
				update routing_item i set due_at = (select min(t.due_at) from sla_timer t
				                                    where t.conversation_id = i.conversation_id and t.stopped_at is null)
				where i.conversation_id = any(?::uuid[])""")
			.param(texts(rows, r -> r.conversation().toString()))
			.update();
	}

	private record Started(ConversationId conversation, UUID policy, SlaTimer timer) {
	}

	private static String[] texts(List<Started> rows, Function<Started, String> text) {
		return rows.stream().map(text).toArray(String[]::new);
	}

	private void dueAgain(ConversationId conversation) {
		jdbc.sql("""
				update routing_item set due_at = (select min(due_at) from sla_timer
				                                  where conversation_id = ? and stopped_at is null)
				where conversation_id = ?""")
			.params(conversation.value(), conversation.value())
			.update();
	}
}
