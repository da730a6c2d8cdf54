package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who holds a conversation and how its SLA stands, and the moves people make with it (take it, hand it
 * to a colleague or a team, escalate it), for the workspace. Every call is scoped: a conversation the
 * caller may not read is unknown ({@link UnknownConversationException}), one they only read refuses moves
 * ({@link NotAllowedException}); bad input is an {@link IllegalArgumentException} with a sentence.
 */
public interface ConversationOwnership {

	/** Where the conversation stands, if it was ever routed and the caller may read it. */
	Optional<WorkState> state(AccessScope scope, ConversationId conversation);

	/** The states of those of {@code conversations} that were routed and that the caller may read. */
	Map<ConversationId, WorkState> states(AccessScope scope, Collection<ConversationId> conversations);

	/**
	 * Up to {@code limit} conversations the caller may read, still waiting or held, held by {@code holder}
	 * (null: anyone) whose most pressing running SLA timer is in state {@code sla} (null: any), most urgent first.
	 */
	List<ConversationId> matching(AccessScope scope, @Nullable MemberId holder, SlaTimer.@Nullable State sla, int limit);

	/** The queues the caller may see, by name, with how many of the conversations they may read wait and are held. */
	List<QueueCount> queues(AccessScope scope);

	/** The caller takes the most pressing waiting conversation of the queue they may work; empty when none is left. */
	Optional<ConversationId> takeNext(AccessScope scope, QueueId queue);

	/** The caller takes the conversation (from its queue, an absent colleague, or, for a unit admin, anyone). */
	WorkState take(AccessScope scope, ConversationId conversation);

	/** The holder (or a unit admin) hands the conversation to a colleague, with a note. */
	WorkState handToMember(AccessScope scope, ConversationId conversation, MemberId to, String note);

	/** The holder (or a unit admin) hands the conversation to a team's queue, with a note. */
	WorkState handToTeam(AccessScope scope, ConversationId conversation, TeamId team, String note);

	/** Escalates the conversation to the customer's country helpers, the hub or a named team, with a reason. */
	WorkState escalate(AccessScope scope, ConversationId conversation, Escalation to, @Nullable TeamId team, String reason);

	/** The conversation's routing history: where it went, moved by whom, and why; oldest first. */
	List<Move> history(AccessScope scope, ConversationId conversation);

	/** Where an escalation goes. */
	enum Escalation {
		COUNTRY_HELPERS, HUB, TEAM
	}

	/** A routed conversation: its queue, whether it waits or is held and by whom, its priority and SLA. */
	record WorkState(ConversationId conversation, QueueId queue, String queueName, State state, @Nullable MemberId holder,
			int priority, @Nullable Sla sla) {

		/** Where the work stands. */
		public enum State {
			QUEUED, ASSIGNED, DONE
		}
	}

	/** A queue as a person sees it: how many wait and are held, and since when the oldest waits. */
	record QueueCount(QueueId id, String name, int waiting, int held, java.time.@Nullable Instant oldestWaitingSince) {
	}

	/** The most pressing running SLA timer of a conversation and how it stands now. */
	record Sla(SlaTimer.Kind kind, java.time.Instant warnAt, java.time.Instant dueAt, SlaTimer.State state) {
	}

	/** One routing step: the fallback chain's decision, a person's hand-off or escalation, an SLA breach. */
	record Move(java.time.Instant at, String step, String queueName, String reason, String actor) {
	}

	/** The conversation was never routed or lies outside the caller's scope (404). */
	class UnknownConversationException extends RuntimeException {

		public UnknownConversationException(String message) {
			super(message);
		}
	}

	/** The queue does not exist or the caller may not see it (404). */
	class UnknownQueueException extends RuntimeException {

		public UnknownQueueException(String message) {
			super(message);
		}
	}

	/** The caller reads the conversation but may not make this move (403). */
	class NotAllowedException extends RuntimeException {

		public NotAllowedException(String message) {
			super(message);
		}
	}
}
