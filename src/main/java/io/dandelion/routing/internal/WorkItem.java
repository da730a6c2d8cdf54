package io.dandelion.routing.internal;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.QueueId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A conversation waiting in a queue or held by an agent. */
public record WorkItem(ConversationId conversation, QueueId queue, UnitId unit, UUID channel, String platform, String language,
		@Nullable String intent, int priority, State state, @Nullable MemberId assignee, Instant waitingSince,
		@Nullable Instant dueAt) {

	/** Where the item stands. */
	public enum State {
		QUEUED, ASSIGNED, DONE
	}
}
