package io.dandelion.moderation.internal;

import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import io.dandelion.moderation.internal.PlatformActions.Kind;
import io.dandelion.moderation.internal.PlatformActions.PlatformAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What follows from the decisions of a batch: the review items to open, the platform actions to run,
 * and what routing is told. A deletion that needs a second person hides the message now and asks two
 * moderators to confirm it; an automatic reply without a text in any suitable language goes to review.
 */
final class Consequences {

	static final int DEFAULT_PRIORITY = 3;

	/** Finds the text of a saved reply for a message: name and preferred languages in, text out. */
	interface Replies {

		Optional<String> text(String name, List<String> languages);
	}

	final List<ReviewQueue.Opening> openings = new ArrayList<>();
	final List<PlatformAction> actions = new ArrayList<>();
	final List<ModeratedMessage> moderated = new ArrayList<>();

	Consequences(List<Moderated> batch, List<String> unitLanguages, Replies replies) {
		for (Moderated m : batch) {
			follow(m, unitLanguages, replies);
		}
	}

	private void follow(Moderated m, List<String> unitLanguages, Replies replies) {
		ReceivedMessage message = m.message();
		List<String> reasons = m.decision().matches().stream()
			.flatMap(match -> match.reasons().stream().map(r -> match.ruleName() + ": " + r))
			.toList();
		@Nullable Integer priority = null;
		@Nullable String route = null;
		List<String> tags = new ArrayList<>();
		Set<String> queues = new LinkedHashSet<>();
		boolean secondPerson = false;
		for (Action action : m.actions()) {
			if (action instanceof Action.Hide) {
				actions.add(platform(message, Kind.HIDE, null));
			}
			else if (action instanceof Action.Delete delete) {
				// a deletion two people must confirm hides the message meanwhile
				actions.add(platform(message, delete.secondPerson() ? Kind.HIDE : Kind.DELETE, null));
				secondPerson |= delete.secondPerson();
			}
			else if (action instanceof Action.FlagForReview review) {
				queues.add(review.queue());
			}
			else if (action instanceof Action.RouteTo to) {
				route = to.queue();
			}
			else if (action instanceof Action.SetPriority set) {
				priority = set.priority();
			}
			else if (action instanceof Action.Tag tag) {
				tags.add(tag.tag());
			}
			else if (action instanceof Action.AutoReply reply) {
				autoReply(m, reply, unitLanguages, replies, reasons);
			}
		}
		if (secondPerson && queues.isEmpty()) {
			queues.add(ReviewQueue.DELETIONS);
		}
		for (String queue : queues) {
			openings.add(new ReviewQueue.Opening(m, queue, secondPerson, reasons));
		}
		boolean needsAnswer = !m.hidden() && !m.deleted() && !m.analysis().spam().value();
		moderated.add(new ModeratedMessage(message.id(), message.conversation(), m.analysis().language(),
				m.analysis().intent(), m.analysis().sentiment(), priority == null ? DEFAULT_PRIORITY : priority, route, tags,
				m.hidden(), m.deleted(), needsAnswer, !queues.isEmpty()));
	}

	private void autoReply(Moderated m, Action.AutoReply reply, List<String> unitLanguages, Replies replies,
			List<String> reasons) {
		List<String> languages = new ArrayList<>();
		languages.add(m.analysis().language());
		languages.addAll(unitLanguages);
		Optional<String> text = replies.text(reply.savedReply(), languages.stream().distinct().toList());
		if (text.isPresent()) {
			actions.add(platform(m.message(), Kind.REPLY, text.get()));
		}
		else {
			List<String> why = new ArrayList<>(reasons);
			why.add("automatic reply '" + reply.savedReply() + "' has no text in " + String.join(", ", languages));
			openings.add(new ReviewQueue.Opening(m, ReviewQueue.FAILED_ACTIONS, false, why));
		}
	}

	private static PlatformAction platform(ReceivedMessage message, Kind kind, @Nullable String replyText) {
		return PlatformAction.of(message.id(), message.channel(), message.unit(), message.externalId(),
				message.threadExternalId(), kind, replyText, "policy");
	}
}
