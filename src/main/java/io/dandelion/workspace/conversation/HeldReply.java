package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A reply waiting for a reviewer, or approved and sent, or rejected with the reviewer's note. */
public record HeldReply(UUID id, ConversationId conversation, UnitId unit, String parentExternalId, String text,
		boolean resolve, String author, String reason, Status status, @Nullable String reviewer,
		@Nullable String reviewNote, Instant createdAt) {

	/** Where the reply stands; SENDING while the approved reply is on its way to the platform. */
	public enum Status {
		HELD, SENDING, SENT, REJECTED
	}

	public boolean waiting() {
		return status == Status.HELD;
	}
}
