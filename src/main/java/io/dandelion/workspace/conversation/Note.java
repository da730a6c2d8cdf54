package io.dandelion.workspace.conversation;

import java.time.Instant;
import java.util.UUID;

/** An internal note on a conversation, as the thread shows it. */
public record Note(UUID id, String author, String body, Instant createdAt) {
}
