package io.dandelion.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.moderation.ReviewItem.Status;
import io.dandelion.moderation.ReviewItem.Verdict;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewItemTests {

	static final ReasonCodes CODES = ReasonCodes.defaults();
	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	void approvingSettlesTheItemWithItsReason() {
		var item = ReviewItem.open(UUID.randomUUID(), UnitId.random(), "fr-review", false);

		assertThat(item.decide("marie", Verdict.APPROVE, "criticism-allowed", CODES, null, NOW)).contains(Verdict.APPROVE);
		assertThat(item.status()).isEqualTo(Status.APPROVED);
		assertThat(item.decisions()).singleElement().satisfies(d -> assertThat(d.reasonCode()).isEqualTo("criticism-allowed"));
	}

	@Test
	void deletionNeedsASecondPersonWhenPolicySaysSo() {
		var item = ReviewItem.open(UUID.randomUUID(), UnitId.random(), "hub-review", true);

		assertThat(item.decide("marie", Verdict.DELETE, "threat", CODES, "explicit threat", NOW)).isEmpty();
		assertThat(item.status()).isEqualTo(Status.AWAITING_SECOND_PERSON);
		assertThatThrownBy(() -> item.decide("marie", Verdict.DELETE, "threat", CODES, null, NOW))
			.hasMessageContaining("second person");
		assertThat(item.decide("jan", Verdict.DELETE, "threat", CODES, null, NOW)).contains(Verdict.DELETE);
		assertThat(item.status()).isEqualTo(Status.DELETED);
	}

	@Test
	void secondPersonMayOverruleTheDeletion() {
		var item = ReviewItem.open(UUID.randomUUID(), UnitId.random(), "hub-review", true);
		item.decide("marie", Verdict.DELETE, "spam", CODES, null, NOW);

		assertThat(item.decide("jan", Verdict.HIDE, "spam", CODES, "not clearly spam", NOW)).contains(Verdict.HIDE);
		assertThat(item.status()).isEqualTo(Status.HIDDEN);
	}

	@Test
	void decidedItemCannotBeDecidedAgain() {
		var item = ReviewItem.open(UUID.randomUUID(), UnitId.random(), "q", false);
		item.decide("marie", Verdict.HIDE, "insult", CODES, null, NOW);

		assertThatThrownBy(() -> item.decide("jan", Verdict.APPROVE, "legitimate", CODES, null, NOW))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void unknownReasonCodeIsRefused() {
		var item = ReviewItem.open(UUID.randomUUID(), UnitId.random(), "q", false);

		assertThatThrownBy(() -> item.decide("marie", Verdict.HIDE, "because", CODES, null, NOW))
			.hasMessageContaining("reason code 'because'");
		assertThat(item.status()).isEqualTo(Status.PENDING);
	}
}
