package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import java.time.Instant;
import java.util.UUID;

/** A note that named the reader, for their mentions list. */
public record Mention(UUID note, ConversationId conversation, String author, String body, Instant createdAt,
		boolean seen) {
}
