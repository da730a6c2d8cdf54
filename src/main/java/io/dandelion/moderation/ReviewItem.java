package io.dandelion.moderation;

import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message waiting for a moderator's decision, and the decisions taken on it. Transitions guard
 * themselves: a decided item cannot be decided again, and a deletion that needs a second person
 * waits for someone other than the first moderator to confirm it.
 */
public final class ReviewItem {

	/** Where the item stands. */
	public enum Status {
		PENDING, AWAITING_SECOND_PERSON, APPROVED, HIDDEN, DELETED, ESCALATED
	}

	/** What a moderator may decide. */
	public enum Verdict {
		APPROVE, HIDE, DELETE, ESCALATE
	}

	/** One decision with its reason code, for the statement of reasons. */
	public record DecisionRecord(String moderator, Verdict verdict, String reasonCode, @Nullable String note,
			Instant at) {
	}

	private final UUID id;
	private final UUID messageId;
	private final UnitId unit;
	private final String queue;
	private final boolean deleteNeedsSecondPerson;
	private Status status;
	private final List<DecisionRecord> decisions;

	public ReviewItem(UUID id, UUID messageId, UnitId unit, String queue, boolean deleteNeedsSecondPerson, Status status,
			List<DecisionRecord> decisions) {
		this.id = id;
		this.messageId = messageId;
		this.unit = unit;
		this.queue = queue;
		this.deleteNeedsSecondPerson = deleteNeedsSecondPerson;
		this.status = status;
		this.decisions = new ArrayList<>(decisions);
	}

	public static ReviewItem open(UUID messageId, UnitId unit, String queue, boolean deleteNeedsSecondPerson) {
		return new ReviewItem(UUID.randomUUID(), messageId, unit, queue, deleteNeedsSecondPerson, Status.PENDING,
				List.of());
	}

	/**
	 * Records a moderator's verdict. Returns the verdict to carry out on the platform now, if any (a
	 * first request to delete that needs a second person carries out nothing yet).
	 */
	public Optional<Verdict> decide(String moderator, Verdict verdict, String reasonCode, ReasonCodes codes,
			@Nullable String note, Instant at) {
		if (!codes.allows(verdict, reasonCode)) {
			throw new IllegalArgumentException("reason code '" + reasonCode + "' is not configured for " + verdict);
		}
		if (status == Status.AWAITING_SECOND_PERSON) {
			return confirmOrCancelDeletion(moderator, verdict, reasonCode, note, at);
		}
		if (status != Status.PENDING) {
			throw new IllegalStateException("review item " + id + " was already decided: " + status);
		}
		decisions.add(new DecisionRecord(moderator, verdict, reasonCode, note, at));
		if (verdict == Verdict.DELETE && deleteNeedsSecondPerson) {
			status = Status.AWAITING_SECOND_PERSON;
			return Optional.empty();
		}
		status = settled(verdict);
		return Optional.of(verdict);
	}

	private Optional<Verdict> confirmOrCancelDeletion(String moderator, Verdict verdict, String reasonCode,
			@Nullable String note, Instant at) {
		String first = decisions.get(decisions.size() - 1).moderator();
		if (first.equals(moderator)) {
			throw new IllegalStateException("a second person must confirm this deletion, not " + moderator + " again");
		}
		decisions.add(new DecisionRecord(moderator, verdict, reasonCode, note, at));
		status = settled(verdict);
		return Optional.of(verdict);
	}

	private static Status settled(Verdict verdict) {
		return switch (verdict) {
			case APPROVE -> Status.APPROVED;
			case HIDE -> Status.HIDDEN;
			case DELETE -> Status.DELETED;
			case ESCALATE -> Status.ESCALATED;
		};
	}

	public UUID id() {
		return id;
	}

	public UUID messageId() {
		return messageId;
	}

	public UnitId unit() {
		return unit;
	}

	public String queue() {
		return queue;
	}

	public boolean deleteNeedsSecondPerson() {
		return deleteNeedsSecondPerson;
	}

	public Status status() {
		return status;
	}

	public List<DecisionRecord> decisions() {
		return List.copyOf(decisions);
	}
}
