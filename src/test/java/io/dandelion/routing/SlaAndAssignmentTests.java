package io.dandelion.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.AgentLoad.Presence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaAndAssignmentTests {

	static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
	static final BusinessCalendar POLAND = BusinessCalendar.weekdays(WARSAW, LocalTime.of(8, 0), LocalTime.of(16, 0),
			Set.of());
	static final SlaTargets STANDARD = new SlaTargets(Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(24), 0.75);

	@Test
	void timerWarnsThenBreachesInBusinessTime() {
		Instant friday1500 = Instant.parse("2026-11-27T14:00:00Z");
		var timer = SlaTimer.start(SlaTimer.Kind.FIRST_RESPONSE, friday1500, Duration.ofHours(2), 0.75, POLAND);

		assertThat(timer.warnAt().atZone(WARSAW).toLocalDateTime()).hasToString("2026-11-30T08:30");
		assertThat(timer.dueAt().atZone(WARSAW).toLocalDateTime()).hasToString("2026-11-30T09:00");
		assertThat(timer.stateAt(Instant.parse("2026-11-28T12:00:00Z"))).isEqualTo(SlaTimer.State.RUNNING);
		assertThat(timer.stateAt(Instant.parse("2026-11-30T07:45:00Z"))).isEqualTo(SlaTimer.State.WARNING);
		assertThat(timer.stateAt(Instant.parse("2026-11-30T08:00:00Z"))).isEqualTo(SlaTimer.State.BREACHED);
		assertThat(timer.stop(Instant.parse("2026-11-30T07:59:00Z")).stateAt(Instant.MAX)).isEqualTo(SlaTimer.State.MET);
		assertThat(timer.stop(Instant.parse("2026-11-30T08:01:00Z")).stateAt(Instant.MAX)).isEqualTo(SlaTimer.State.MISSED);
	}

	@Test
	void mostSpecificPolicyWins() {
		UnitId group = UnitId.random();
		UnitId poland = UnitId.random();
		var groupDefault = new SlaPolicy("group", group, null, null, STANDARD);
		var polishX = new SlaPolicy("pl-x", poland, "X", null, STANDARD);
		var polishUrgent = new SlaPolicy("pl-urgent", poland, null, 1, STANDARD);
		var all = List.of(groupDefault, polishX, polishUrgent);

		assertThat(SlaPolicy.mostSpecific(all, List.of(group, poland), "X", 3)).contains(polishX);
		assertThat(SlaPolicy.mostSpecific(all, List.of(group, poland), "FACEBOOK", 1)).contains(polishUrgent);
		assertThat(SlaPolicy.mostSpecific(all, List.of(group, UnitId.random()), "X", 1)).contains(groupDefault);

		var polishPage = new SlaPolicy("pl-page", poland, null, null, STANDARD, io.dandelion.channels.ChannelId.random());
		var withPage = List.of(groupDefault, polishX, polishUrgent, polishPage);
		assertThat(SlaPolicy.mostSpecific(withPage, List.of(group, poland), polishPage.channel(), "X", 1))
			.as("one account is more specific than a platform or a priority")
			.contains(polishPage);
		assertThat(SlaPolicy.mostSpecific(withPage, List.of(group, poland), io.dandelion.channels.ChannelId.random(), "X", 3))
			.contains(polishX);
	}

	@Test
	void assignsTheLeastLoadedOnlineSpeakerAndSharesFairly() {
		var anna = agent("pl", 2, 5, Presence.ONLINE, "2026-11-27T09:00:00Z");
		var piotr = agent("pl", 1, 5, Presence.ONLINE, "2026-11-27T09:30:00Z");
		var ewa = agent("pl", 1, 5, Presence.ONLINE, "2026-11-27T08:00:00Z");
		var away = agent("pl", 0, 5, Presence.AWAY, null);
		var full = agent("pl", 3, 3, Presence.ONLINE, null);
		var french = agent("fr", 0, 5, Presence.ONLINE, null);

		assertThat(AutoAssignment.choose("pl", List.of(anna, piotr, ewa, away, full, french))).contains(ewa.agent());
		assertThat(AutoAssignment.choose("ro", List.of(anna, piotr, french))).isEmpty();
	}

	@Test
	void sharesWorkEvenlyOverTimeAmongAgentsWhoAnswerAsFastAsTheyGetIt() {
		List<AgentLoad> agents = new java.util.ArrayList<>(List.of(agent("pl", 0, 5, Presence.ONLINE, null),
				agent("pl", 0, 5, Presence.ONLINE, null), agent("pl", 0, 5, Presence.ONLINE, null)));
		java.util.Map<MemberId, Integer> given = new java.util.HashMap<>();
		Instant now = Instant.parse("2026-11-30T08:00:00Z");

		for (int i = 0; i < 300; i++, now = now.plusSeconds(60)) {
			MemberId chosen = AutoAssignment.choose("pl", agents).orElseThrow();
			given.merge(chosen, 1, Integer::sum);
			Instant at = now;
			agents.replaceAll(a -> a.agent().equals(chosen)
					? new AgentLoad(a.agent(), a.languages(), a.open(), a.capacity(), a.presence(), at) : a);
		}

		assertThat(given.values()).containsExactly(100, 100, 100);
	}

	@Test
	void refusesNonsenseTargets() {
		assertThatThrownBy(() -> new SlaTargets(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1), 0.5))
			.hasMessageContaining("positive");
		assertThatThrownBy(() -> new SlaTargets(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), 1.5))
			.hasMessageContaining("between 0 and 1");
	}

	static AgentLoad agent(String language, int open, int capacity, Presence presence, String lastAssigned) {
		return new AgentLoad(MemberId.random(), Set.of(language), open, capacity, presence,
				lastAssigned == null ? null : Instant.parse(lastAssigned));
	}
}
