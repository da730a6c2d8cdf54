package io.dandelion.workspace.conversation;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One reply-approval setting of the hub: replies by {@code senders} on {@code accounts} (the hub's own, one
 * unit's, or a unit's and all below it) wait for a reviewer.
 */
record ApprovalRule(UUID id, String name, Senders senders, Accounts accounts, @Nullable UnitId unit, String createdBy,
		Instant createdAt) {

	/** Whose replies the rule holds. */
	enum Senders {
		/** Anyone working under an agency contract. */
		AGENCY,
		/** Everyone. */
		EVERYONE
	}

	/** On which accounts. */
	enum Accounts {
		/** The accounts of the group itself (the unit without parent). */
		HUB,
		/** The accounts of {@code unit}. */
		UNIT,
		/** The accounts of {@code unit} and of every unit below it. */
		SUBTREE
	}

	/** Why a reply by {@code author} on an account of {@code accountUnit} waits, or empty when this rule lets it go. */
	Optional<String> holds(AccessScope author, UnitId accountUnit, Units units) {
		if (senders == Senders.AGENCY && author.contract().isEmpty()) {
			return Optional.empty();
		}
		boolean covered = switch (accounts) {
			case HUB -> units.find(accountUnit).map(UnitSummary::isRoot).orElse(false);
			case UNIT -> accountUnit.equals(unit);
			case SUBTREE -> units.path(accountUnit).stream().anyMatch(u -> u.id().equals(unit));
		};
		return covered ? Optional.of("approval rule '" + name + "': " + (senders == Senders.AGENCY
				? "replies by agency staff" : "all replies") + " on these accounts are approved first") : Optional.empty();
	}
}
