package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationSummary;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.Units;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which replies a reviewer must approve before they are sent: the hub's {@link ApprovalRules} (which senders on
 * which accounts), each giving its reason; the first that holds a reply wins. Reviewers are the people who run the account's unit
 * ({@code CHANNELS_MANAGE} there), never under an agency contract, never the reply's author.
 */
@Component
class ApprovalPolicy {

	private final ApprovalRules rules;
	private final Units units;

	ApprovalPolicy(ApprovalRules rules, Units units) {
		this.rules = rules;
		this.units = units;
	}

	/** Why the reply must wait for a reviewer (the first of the hub's rules that holds it), or empty when it may go now. */
	Optional<String> heldBecause(AccessScope author, ConversationSummary conversation) {
		return rules.all()
			.stream()
			.map(rule -> rule.holds(author, conversation.unit(), units))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** Whether {@code reviewer} may approve or reject {@code author}'s reply in a conversation of that unit. */
	static boolean mayReview(AccessScope reviewer, String author, ConversationSummary conversation) {
		return reviewer.can(Permission.CHANNELS_MANAGE, conversation.unit()) && reviewer.contract().isEmpty()
				&& !Objects.equals(reviewer.actor(), author);
	}
}
