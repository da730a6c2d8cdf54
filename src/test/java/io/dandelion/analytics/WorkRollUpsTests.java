package io.dandelion.analytics;

import static io.dandelion.analytics.Traffic.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;

import io.dandelion.analytics.Traffic.Thread;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.conversations.ConversationStatusChanged;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.moderation.ModerationActionsTaken.TakenAction;
import io.dandelion.organisation.AgencyId;
import io.dandelion.organisation.Agencies;
import io.dandelion.organisation.ContractSummary;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsAssigned.Assignment;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.ConversationsRouted.RoutedConversation;
import io.dandelion.routing.OwnershipChanged;
import io.dandelion.routing.QueueId;
import io.dandelion.routing.RoutingDecision;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaTimer;
import io.dandelion.routing.SlaWarned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resolution times, SLA attainment, backlog, moderation actions and agency performance from the events
 * of routing, conversations and moderation, each checked against numbers worked out by hand.
 */
@AnalyticsTest
class WorkRollUpsTests {

	static final ReportQuery NOVEMBER_2 = new ReportQuery(Instant.parse("2026-11-02T00:00:00Z"),
			Instant.parse("2026-11-03T00:00:00Z"), null);

	@Autowired
	RollUps rollUps;

	@Autowired
	WorkRecords listener;

	@Autowired
	Reports reports;

	@Autowired
	WorkReports work;

	@Autowired
	Units units;

	@Autowired
	Teams teams;

	@Autowired
	Agencies agencies;

	UnitId france = UnitId.random();

	ReportScopes analyst = ReportScopes.analystOf(france);

	ChannelId x = ChannelId.random();

	TeamId polyglot = TeamId.random();

	AgencyId agency = AgencyId.random();

	MemberId agent = MemberId.random();

	@BeforeEach
	void organisation() {
		given(units.subtreeIds(france)).willReturn(Set.of(france));
		UUID contract = UUID.randomUUID();
		given(teams.contractOf(polyglot)).willReturn(Optional.of(contract));
		var summary = new ContractSummary(contract, agency, "Arabic care", Set.of(france), List.of("ar"), Set.of(), true,
				40, LocalDate.parse("2026-01-01"), null);
		given(agencies.contract(contract)).willReturn(Optional.of(summary));
		given(agencies.contracts(agency)).willReturn(List.of(summary));
	}

	/**
	 * A: the customer at 09:00 (before routing: it moves to the team polyglot, of the agency, and to the agent who
	 * takes it), the answer at 09:10, then A goes to the team other and the customer writes at 09:20 (other, nobody,
	 * no agency). B: nobody's, 09:00 in, 09:30 out. C: routed to other before its first message was heard, 10:00 in,
	 * then agent2 takes it (the waiting message moves to them), 10:05 out. A's first message is classified at the end
	 * (its language changes, its team does not).
	 */
	@Test
	void countsMessagesUnderTheTeamAgentAndAgencyThatWorkTheirConversation() {
		Thread a = thread();
		Thread b = thread();
		Thread c = thread();
		TeamId other = TeamId.random();
		MemberId agent2 = MemberId.random();
		ReceivedMessage first = a.customerWrites("2026-11-02T09:00:00Z");
		rollUps.record(received(first, b.customerWrites("2026-11-02T09:00:00Z")));
		routeToAgencyAndAssign(a);
		rollUps.record(received(a.brandAnswers("2026-11-02T09:10:00Z"), b.brandAnswers("2026-11-02T09:30:00Z")));
		route(a, other);
		rollUps.record(received(a.customerWrites("2026-11-02T09:20:00Z")));
		route(c, other);
		rollUps.record(received(c.customerWrites("2026-11-02T10:00:00Z")));
		listener.record(new OwnershipChanged(c.id(), france, OwnershipChanged.Change.TAKEN, "agent2",
				new QueueId(UUID.randomUUID()), null, agent2, null));
		rollUps.record(received(c.brandAnswers("2026-11-02T10:05:00Z")));
		rollUps.record(List.of(Traffic.moderated(first, "ar", "complaint", -0.6)));

		String none = Work.NONE.toString();
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.TEAM))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactlyInAnyOrder(tuple(polyglot.toString(), 1L, 1L), tuple(other.toString(), 2L, 1L),
					tuple(none, 1L, 1L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.AGENT))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactlyInAnyOrder(tuple(agent.toString(), 1L, 1L), tuple(agent2.toString(), 1L, 1L),
					tuple(none, 2L, 1L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.AGENCY))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactly(tuple(none, 3L, 2L), tuple(agency.value().toString(), 1L, 1L));
		// the same messages as every other breakdown; the daily and monthly rows agree with the hours
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.TOTAL))
			.extracting(VolumeRow::inbound, VolumeRow::outbound)
			.containsExactly(tuple(4L, 3L));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.LANGUAGE))
			.extracting(VolumeRow::key, VolumeRow::total)
			.containsExactly(tuple("und", 6L), tuple("ar", 1L));
		var month = new ReportQuery(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), null);
		assertThat(reports.volumes(analyst, month, Dimension.TEAM)).containsExactlyInAnyOrderElementsOf(
				reports.volumes(analyst, NOVEMBER_2, Dimension.TEAM));
		assertThat(reports.volumes(analyst, NOVEMBER_2, Dimension.HOUR).stream().mapToLong(VolumeRow::total).sum())
			.isEqualTo(7);
		// an agency's staff see their contract's language only (A's first message, now Arabic)
		assertThat(reports.volumes(ReportScopes.agencyAnalystOf(Set.of("ar"), Set.of(), france), NOVEMBER_2, Dimension.AGENCY))
			.extracting(VolumeRow::key, VolumeRow::inbound, VolumeRow::outbound)
			.containsExactly(tuple(agency.value().toString(), 1L, 0L));
	}

	/** Cycles: 09:00 → 11:00 (7200 s); 09:00 → 09:40 (2400 s), reopened by the customer at 12:00 → 12:20 (1200 s). */
	@Test
	void measuresEachCycleFromTheCustomersMessageToTheResolution() {
		Thread slow = thread();
		Thread reopened = thread();
		rollUps.record(received(slow.customerWrites("2026-11-02T09:00:00Z"), reopened.customerWrites("2026-11-02T09:00:00Z"),
				reopened.brandAnswers("2026-11-02T09:30:00Z")));
		routeToAgencyAndAssign(slow);

		resolve(reopened, "2026-11-02T09:40:00Z");
		rollUps.record(received(reopened.customerWrites("2026-11-02T12:00:00Z")));
		resolve(reopened, "2026-11-02T12:20:00Z");
		resolve(slow, "2026-11-02T11:00:00Z");
		resolve(slow, "2026-11-02T11:30:00Z"); // resolved again without a new message: no second sample

		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.RESOLUTION, Dimension.TOTAL))
			.extracting(DurationRow::samples, DurationRow::meanSeconds, DurationRow::medianSeconds, DurationRow::p90Seconds)
			.containsExactly(tuple(3L, (7200 + 2400 + 1200) / 3.0, 2400.0, 7200.0));
		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.RESOLUTION, Dimension.AGENT))
			.extracting(DurationRow::key, DurationRow::samples, DurationRow::meanSeconds)
			.containsExactly(tuple(Work.NONE.toString(), 2L, 1800.0), tuple(agent.toString(), 1L, 7200.0));
		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.RESOLUTION, Dimension.HOUR))
			.extracting(DurationRow::key, DurationRow::samples)
			.containsExactly(tuple("2026-11-02T09:00Z", 1L), tuple("2026-11-02T11:00Z", 1L), tuple("2026-11-02T12:00Z", 1L));
	}

	/** Three answered: one after a reported breach, one after its known deadline, one in time: 1 of 3 met. */
	@Test
	void countsTheAnswersThatMissedTheirTarget() {
		Thread breached = thread();
		Thread late = thread();
		Thread inTime = thread();
		rollUps.record(received(breached.customerWrites("2026-11-02T09:00:00Z"), late.customerWrites("2026-11-02T09:00:00Z"),
				inTime.customerWrites("2026-11-02T09:00:00Z")));
		listener.record(new SlaBreached(List.of(deadline(breached, SlaTimer.Kind.FIRST_RESPONSE, "2026-11-02T10:00:00Z"))));
		listener.record(new SlaWarned(List.of(deadline(late, SlaTimer.Kind.FIRST_RESPONSE, "2026-11-02T09:30:00Z"),
				deadline(inTime, SlaTimer.Kind.FIRST_RESPONSE, "2026-11-02T09:30:00Z"))));

		rollUps.record(received(breached.brandAnswers("2026-11-02T10:30:00Z"), late.brandAnswers("2026-11-02T09:45:00Z"),
				inTime.brandAnswers("2026-11-02T09:20:00Z")));

		assertThat(reports.durations(analyst, NOVEMBER_2, Metric.FIRST_RESPONSE, Dimension.TOTAL))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.samples()).isEqualTo(3);
				assertThat(row.breached()).isEqualTo(2);
				assertThat(row.attainmentPercent()).isEqualTo(100.0 / 3);
			});
	}

	/** At 10:00: one open since 08:00 (2 h), one pending since 06:00 (4 h); a resolved one is not waiting. */
	@Test
	void showsTheBacklogAndHowLongItHasWaited() {
		Thread open = thread();
		Thread pending = thread();
		Thread done = thread();
		rollUps.record(received(open.customerWrites("2026-11-02T08:00:00Z"), pending.customerWrites("2026-11-02T06:00:00Z"),
				done.customerWrites("2026-11-02T07:00:00Z")));
		listener.record(new ConversationStatusChanged(pending.id(), france, ConversationStatus.OPEN, ConversationStatus.PENDING,
				"agent", Instant.parse("2026-11-02T06:30:00Z")));
		resolve(done, "2026-11-02T07:30:00Z");

		assertThat(work.backlog(analyst, Instant.parse("2026-11-02T10:00:00Z"), france, Dimension.TOTAL))
			.extracting(BacklogRow::open, BacklogRow::pending, BacklogRow::meanAgeSeconds, BacklogRow::medianAgeSeconds,
					BacklogRow::p90AgeSeconds, BacklogRow::oldestAgeSeconds)
			.containsExactly(tuple(1L, 1L, 10800.0, 7200.0, 14400.0, 14400.0));
		assertThat(work.backlog(analyst, Instant.parse("2026-11-02T10:00:00Z"), france, Dimension.AGE))
			.extracting(BacklogRow::key, BacklogRow::total)
			.containsExactly(tuple("1-4h", 1L), tuple("4-24h", 1L));
	}

	@Test
	void countsModerationActionsByReasonAndOriginOnce() {
		Thread thread = thread();
		ReceivedMessage insult = thread.customerWrites("2026-11-02T09:00:00Z");
		ReceivedMessage other = thread.customerWrites("2026-11-02T09:05:00Z");
		var automatic = new ModerationActionsTaken(List.of(action(insult, "hide", "Insults", true, null),
				action(other, "hide", "Insults", true, null), action(other, "tag", "Complaints", true, null)));
		listener.record(automatic);
		listener.record(automatic);
		listener.record(new ModerationActionsTaken(List.of(action(insult, "approve", "false-positive", false, agency))));

		assertThat(work.moderationActions(analyst, NOVEMBER_2, Dimension.REASON))
			.extracting(ActionRow::key, ActionRow::automatic, ActionRow::human)
			.containsExactly(tuple("Insults", 2L, 0L), tuple("Complaints", 1L, 0L), tuple("false-positive", 0L, 1L));
		assertThat(work.moderationActions(analyst, NOVEMBER_2, Dimension.ORIGIN))
			.extracting(ActionRow::key, ActionRow::total)
			.containsExactly(tuple("automatic", 3L), tuple("human", 1L));
	}

	/** Over one week a 40-hour-a-week contract bought 40 hours; 2 decisions; 1 of 2 answers in time. */
	@Test
	void comparesAnAgencysWorkWithItsContract() {
		Thread first = thread();
		Thread second = thread();
		rollUps.record(received(first.customerWrites("2026-11-02T09:00:00Z"), second.customerWrites("2026-11-02T09:00:00Z")));
		routeToAgencyAndAssign(first);
		routeToAgencyAndAssign(second);
		listener.record(new SlaBreached(List.of(deadline(second, SlaTimer.Kind.FIRST_RESPONSE, "2026-11-02T09:30:00Z"))));
		rollUps.record(received(first.brandAnswers("2026-11-02T09:10:00Z"), second.brandAnswers("2026-11-02T10:00:00Z")));
		ReceivedMessage message = first.customerWrites("2026-11-02T09:00:00Z");
		listener.record(new ModerationActionsTaken(List.of(action(message, "approve", "ok", false, agency),
				action(message, "hide", "spam", false, agency), action(message, "hide", "Spam", true, null))));

		var week = new ReportQuery(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-09T00:00:00Z"), null);
		assertThat(work.agencyPerformance(analyst, week)).singleElement().satisfies(row -> {
			assertThat(row.key()).isEqualTo(agency.value().toString());
			assertThat(row.contractedHours()).isEqualTo(40.0);
			assertThat(row.decisions()).isEqualTo(2);
			assertThat(row.decisionsPerContractedHour()).isEqualTo(0.05);
			assertThat(row.firstResponses()).isEqualTo(2);
			assertThat(row.firstResponseAttainmentPercent()).isEqualTo(50.0);
		});
		assertThat(work.agencyPerformance(ReportScopes.agencyAnalystOf(Set.of(), Set.of(), france), week)).isEmpty();
	}

	private Thread thread() {
		return Thread.on(france, x, "x");
	}

	private void routeToAgencyAndAssign(Thread thread) {
		listener.record(new ConversationsRouted(List.of(new RoutedConversation(thread.id(), france,
				new QueueId(UUID.randomUUID()), polyglot, "ar", 3, RoutingDecision.Step.AGENCY, "language"))));
		listener.record(new ConversationsAssigned(List.of(new Assignment(thread.id(), france, new QueueId(UUID.randomUUID()),
				agent, ConversationsAssigned.How.AUTO))));
	}

	private void route(Thread thread, TeamId team) {
		listener.record(new ConversationsRouted(List.of(new RoutedConversation(thread.id(), france,
				new QueueId(UUID.randomUUID()), team, "en", 3, RoutingDecision.Step.COUNTRY_HELPERS, "default"))));
	}

	private void resolve(Thread thread, String at) {
		listener.record(new ConversationStatusChanged(thread.id(), france, ConversationStatus.OPEN,
				ConversationStatus.RESOLVED, "agent", Instant.parse(at)));
	}

	private SlaDeadline deadline(Thread thread, SlaTimer.Kind kind, String due) {
		return new SlaDeadline(thread.id(), france, kind, "standard", Instant.parse(due));
	}

	private TakenAction action(ReceivedMessage message, String action, String reason, boolean automatic,
			AgencyId agency) {
		return new TakenAction(message.id(), message.conversation(), message.channel(), france, "x", "ar", action, reason,
				automatic, agency, message.createdAt());
	}
}
