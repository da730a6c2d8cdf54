package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Collision control for the workspace: who is writing a reply in a conversation right now, and the
 * optimistic check that refuses a second answer to the same inbound message unless the sender says
 * they have seen the first, so that a customer never gets two answers by accident.
 */
public interface ReplyGuard {

	/** The caller is writing a reply (call again every few seconds while they type); returns the others writing there. */
	List<Replier> startReplying(AccessScope scope, ConversationId conversation);

	/** The caller stopped writing (sent or discarded). */
	void stopReplying(AccessScope scope, ConversationId conversation);

	/** Who is writing a reply in the conversation now. */
	List<Replier> replying(AccessScope scope, ConversationId conversation);

	/**
	 * Claims the answer to {@code inbound}; call it in the transaction that sends the reply. Throws
	 * {@link AlreadyAnsweredException} when someone answered it already, unless {@code seenClaim} names
	 * that first answer (the sender saw it and answers anyway). Stops the conversation's response timers.
	 */
	ReplyClaim claim(AccessScope scope, MessageId inbound, @Nullable UUID seenClaim);

	/** The answers claimed for {@code inbound}, oldest first; the last one's id is what a sender confirms having seen. */
	List<ReplyClaim> claims(AccessScope scope, MessageId inbound);

	/** Someone writing a reply, since when. */
	record Replier(MemberId member, String actor, Instant since) {
	}

	/** An answer claimed for an inbound message: by whom and when; {@code over} names the answer it knowingly follows. */
	record ReplyClaim(UUID id, MessageId inbound, ConversationId conversation, String actor, Instant at,
			@Nullable UUID over) {
	}

	/** The inbound message was answered already; {@code first} says by whom and when (HTTP 409). */
	class AlreadyAnsweredException extends RuntimeException {

		private final ReplyClaim first;

		public AlreadyAnsweredException(ReplyClaim first) {
			super("this message was answered already by " + first.actor() + " at " + first.at()
					+ "; confirm you have seen that answer to send another");
			this.first = first;
		}

		public ReplyClaim first() {
			return first;
		}
	}

	/** The conversation or message does not exist or lies outside the caller's scope (404). */
	class UnknownConversationException extends RuntimeException {

		public UnknownConversationException(String message) {
			super(message);
		}
	}

	/** The caller reads the conversation but may not answer in it (403). */
	class NotAllowedException extends RuntimeException {

		public NotAllowedException(String message) {
			super(message);
		}
	}
}
