package io.dandelion.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.QueueId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a queue's selectors take: each selector on its own, then all of them together. */
class QueueSelectorsTests {

	static final UnitId GROUP = UnitId.random();
	static final UnitId EUROPE = UnitId.random();
	static final UnitId BELGIUM = UnitId.random();
	static final UnitId SPAIN = UnitId.random();
	static final List<UnitId> BELGIAN = List.of(GROUP, EUROPE, BELGIUM);
	static final List<UnitId> SPANISH = List.of(GROUP, EUROPE, SPAIN);
	static final UUID FACEBOOK_PAGE = UUID.randomUUID();
	static final UUID X_ACCOUNT = UUID.randomUUID();

	@Test
	void anEmptyQueueSelectsEverything() {
		Queue all = queue(Set.of(), Set.of(), Set.of(), Set.of(), null);

		assertThat(all.selects(SPANISH, "es", X_ACCOUNT, null, 5)).isTrue();
		assertThat(all.selects(BELGIAN, "und", FACEBOOK_PAGE, "chatter", 1)).isTrue();
	}

	@Test
	void aUnitSelectorTakesItsWholeSubtreeAndNothingBeside() {
		Queue belgium = queue(Set.of(BELGIUM), Set.of(), Set.of(), Set.of(), null);
		Queue europe = queue(Set.of(EUROPE), Set.of(), Set.of(), Set.of(), null);

		assertThat(belgium.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 3)).isTrue();
		assertThat(belgium.selects(SPANISH, "fr", FACEBOOK_PAGE, null, 3)).isFalse();
		assertThat(belgium.selects(List.of(GROUP, EUROPE), "fr", FACEBOOK_PAGE, null, 3))
			.as("the region above Belgium is not in Belgium's subtree")
			.isFalse();
		assertThat(europe.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 3)).isTrue();
		assertThat(europe.selects(SPANISH, "es", FACEBOOK_PAGE, null, 3)).isTrue();
	}

	@Test
	void aLanguageSelectorTakesOnlyItsLanguages() {
		Queue french = queue(Set.of(), Set.of("fr", "nl"), Set.of(), Set.of(), null);

		assertThat(french.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 3)).isTrue();
		assertThat(french.selects(BELGIAN, "nl", FACEBOOK_PAGE, null, 3)).isTrue();
		assertThat(french.selects(BELGIAN, "de", FACEBOOK_PAGE, null, 3)).isFalse();
		assertThat(french.selects(BELGIAN, "und", FACEBOOK_PAGE, null, 3)).isFalse();
	}

	@Test
	void aChannelSelectorTakesOnlyItsAccounts() {
		Queue page = queue(Set.of(), Set.of(), Set.of(FACEBOOK_PAGE), Set.of(), null);

		assertThat(page.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 3)).isTrue();
		assertThat(page.selects(BELGIAN, "fr", X_ACCOUNT, null, 3)).isFalse();
	}

	@Test
	void anIntentSelectorTakesOnlyItsIntentsAndNeverAConversationWithoutOne() {
		Queue complaints = queue(Set.of(), Set.of(), Set.of(), Set.of("complaint"), null);

		assertThat(complaints.selects(BELGIAN, "fr", FACEBOOK_PAGE, "complaint", 3)).isTrue();
		assertThat(complaints.selects(BELGIAN, "fr", FACEBOOK_PAGE, "praise", 3)).isFalse();
		assertThat(complaints.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 3)).isFalse();
	}

	@Test
	void aPrioritySelectorTakesThatPriorityAndMoreUrgentOnes() {
		Queue urgent = queue(Set.of(), Set.of(), Set.of(), Set.of(), 2);

		assertThat(urgent.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 1)).isTrue();
		assertThat(urgent.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 2)).isTrue();
		assertThat(urgent.selects(BELGIAN, "fr", FACEBOOK_PAGE, null, 3)).isFalse();
	}

	@Test
	void everySelectorMustTakeTheConversation() {
		Queue belgianUrgentFrenchComplaintsOnThePage = queue(Set.of(BELGIUM), Set.of("fr"), Set.of(FACEBOOK_PAGE),
				Set.of("complaint"), 1);

		assertThat(belgianUrgentFrenchComplaintsOnThePage.selects(BELGIAN, "fr", FACEBOOK_PAGE, "complaint", 1)).isTrue();
		assertThat(belgianUrgentFrenchComplaintsOnThePage.selects(SPANISH, "fr", FACEBOOK_PAGE, "complaint", 1)).isFalse();
		assertThat(belgianUrgentFrenchComplaintsOnThePage.selects(BELGIAN, "nl", FACEBOOK_PAGE, "complaint", 1)).isFalse();
		assertThat(belgianUrgentFrenchComplaintsOnThePage.selects(BELGIAN, "fr", X_ACCOUNT, "complaint", 1)).isFalse();
		assertThat(belgianUrgentFrenchComplaintsOnThePage.selects(BELGIAN, "fr", FACEBOOK_PAGE, "praise", 1)).isFalse();
		assertThat(belgianUrgentFrenchComplaintsOnThePage.selects(BELGIAN, "fr", FACEBOOK_PAGE, "complaint", 2)).isFalse();
	}

	static Queue queue(Set<UnitId> units, Set<String> languages, Set<UUID> channels, Set<String> intents,
			@Nullable Integer maxPriority) {
		return new Queue(QueueId.random(), TeamId.random(), GROUP, "test", Queue.Role.TEAM, units, languages, channels,
				intents, maxPriority, 0, false);
	}
}
