package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationSummary;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which replies a reviewer must approve before they are sent, as small named rules each giving its
 * reason; the first that holds a reply wins. Reviewers are the people who run the account's unit
 * ({@code CHANNELS_MANAGE} there), never under an agency contract, never the reply's author.
 */
@Component
class ApprovalPolicy {

	/** One rule: the reason it holds a reply by {@code author} in {@code conversation}, if it does. */
	interface Rule {

		Optional<String> holds(AccessScope author, ConversationSummary conversation);
	}

	private final List<Rule> rules;

	ApprovalPolicy(Units units) {
		this.rules = List.of(agencyReplyOnHubAccount(units));
	}

	/** Agency staff answering on an account of the group itself (the hub) go through the hub first. */
	static Rule agencyReplyOnHubAccount(Units units) {
		return (author, conversation) -> author.contract().isPresent()
				&& units.find(conversation.unit()).map(UnitSummary::isRoot).orElse(false)
						? Optional.of("an agency's reply on a hub account is approved by the hub first") : Optional.empty();
	}

	/** Why the reply must wait for a reviewer, or empty when it may go now. */
	Optional<String> heldBecause(AccessScope author, ConversationSummary conversation) {
		return rules.stream().map(rule -> rule.holds(author, conversation)).flatMap(Optional::stream).findFirst();
	}

	/** Whether {@code reviewer} may approve or reject {@code author}'s reply in a conversation of that unit. */
	static boolean mayReview(AccessScope reviewer, String author, ConversationSummary conversation) {
		return reviewer.can(Permission.CHANNELS_MANAGE, conversation.unit()) && reviewer.contract().isEmpty()
				&& !Objects.equals(reviewer.actor(), author);
	}
}
