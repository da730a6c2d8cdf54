package io.dandelion.workspace.conversation;

import io.dandelion.routing.ReplyGuard;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone answered the customer's message already (routing's {@link ReplyGuard} refused the claim): the page
 * shows that first answer and asks the sender to confirm before their reply goes too (HTTP 409).
 */
public final class AlreadyAnswered extends RuntimeException {

	private final Collision collision;

	AlreadyAnswered(Collision collision, ReplyGuard.AlreadyAnsweredException cause) {
		super("this message was answered already by " + collision.actor() + "; read that answer, then confirm to send yours too",
				cause);
		this.collision = collision;
	}

	Collision collision() {
		return collision;
	}

	/**
	 * The first answer: who and when, its text as stored (null when it is not stored yet), the claim to
	 * confirm over, and the reply the sender wanted to send, kept for the confirmation form.
	 */
	public record Collision(String actor, Instant at, @Nullable String firstText, UUID claim, String parent, String text,
			boolean resolve) {
	}
}
