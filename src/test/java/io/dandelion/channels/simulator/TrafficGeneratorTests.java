package io.dandelion.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.platforms.Poll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTests {

	static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

	final Phrasebook phrases = Phrasebook.load();

	@Test
	void everyLanguageHasEverySlotItsTemplatesNeed() {
		assertThat(phrases.languages()).contains("en", "fr", "es", "pl", "ro", "ar", "nl", "tr", "uk", "fa");
		java.util.Random random = new java.util.Random(1);
		for (String language : phrases.languages()) {
			for (String category : List.of("complaint", "question", "praise", "spam", "abuse", "chatter", "followup")) {
				for (int i = 0; i < 30; i++) {
					assertThat(phrases.sentence(language, category, random)).doesNotContain("{").isNotBlank();
				}
			}
		}
	}

	@Test
	void theSameSeedGivesTheSameTrafficAndAnotherSeedOther() {
		List<InboundItem> once = new TrafficGenerator(phrases, 7, List.of("fr", "nl")).items(0, 300, T0, T0.plusSeconds(600));
		List<InboundItem> again = new TrafficGenerator(phrases, 7, List.of("fr", "nl")).items(0, 300, T0, T0.plusSeconds(600));
		List<InboundItem> other = new TrafficGenerator(phrases, 8, List.of("fr", "nl")).items(0, 300, T0, T0.plusSeconds(600));
		assertThat(again).isEqualTo(once);
		assertThat(other.stream().map(InboundItem::text).toList()).isNotEqualTo(once.stream().map(InboundItem::text).toList());
		// a later window repeats the items of the earlier one exactly where they overlap
		assertThat(new TrafficGenerator(phrases, 7, List.of("fr", "nl")).items(100, 101, T0, T0).get(0).text())
			.isEqualTo(once.get(100).text());
	}

	@Test
	void trafficHasThreadsManyAuthorsTheUnitsLanguagesAndSomeRareOnes() {
		List<InboundItem> items = new TrafficGenerator(phrases, 42, List.of("fr", "nl")).items(0, 2000, T0,
				T0.plusSeconds(6000));
		Map<String, InboundItem> byId = new HashMap<>();
		items.forEach(i -> byId.put(i.externalId(), i));
		long replies = items.stream().filter(i -> i.parentExternalId() != null).count();
		assertThat(replies).isBetween(600L, 1400L);
		for (InboundItem reply : items) {
			if (reply.parentExternalId() != null) {
				InboundItem parent = byId.get(reply.parentExternalId());
				assertThat(parent).as("a reply answers an earlier item").isNotNull();
				assertThat(reply.threadExternalId()).isEqualTo(parent.threadExternalId());
				assertThat(parent.createdAt()).isBeforeOrEqualTo(reply.createdAt());
			}
		}
		Set<String> authors = items.stream().map(i -> i.author().externalId()).collect(Collectors.toSet());
		assertThat(authors).hasSizeGreaterThan(800);
		Map<String, Long> languages = items.stream()
			.collect(Collectors.groupingBy(i -> i.author().externalId().split("-")[1], Collectors.counting()));
		assertThat(languages.get("fr")).isGreaterThan(languages.getOrDefault("nl", 0L));
		assertThat(languages.get("nl")).isGreaterThan(100L);
		assertThat(new HashSet<>(languages.keySet())).hasSizeGreaterThan(4);
		assertThat(items.stream().map(InboundItem::kind).distinct()).hasSize(3);
		assertThat(items.stream().map(InboundItem::text).distinct().count()).isGreaterThan(400);
	}

	@Test
	void aPollProducesWhatTheRateAllowsAndTheCursorRemembersIt() {
		ConnectedAccount account = new ConnectedAccount(ChannelId.random(), "simulator", "@sim", null,
				Map.of("languages", "pl", "seed", "3", "rate_per_minute", "20"), renewed -> {
				});
		Poll first = new SimulatorConnector(20, Clock.fixed(T0, ZoneOffset.UTC)).poll(account, null);
		assertThat(first.items()).hasSize(SimulatorConnector.FIRST_POLL);
		assertThat(first.cursor()).isEqualTo("20@" + T0.toEpochMilli());

		SimulatorConnector threeMinutesLater = new SimulatorConnector(20,
				Clock.fixed(T0.plus(Duration.ofMinutes(3)), ZoneOffset.UTC));
		Poll second = threeMinutesLater.poll(account, first.cursor());
		assertThat(second.items()).hasSize(60);
		assertThat(second.items().get(0).externalId()).isEqualTo("sim-20");
		assertThat(second.cursor()).startsWith("80@");
		assertThat(threeMinutesLater.poll(account, first.cursor()).items()).isEqualTo(second.items());
		assertThat(threeMinutesLater.poll(account, second.cursor()).items()).isEmpty();
	}
}
