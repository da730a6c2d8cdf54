package io.dandelion.workspace.inbox;

import io.dandelion.conversations.ConversationFilter;
import java.util.UUID;

/** A person's named inbox filters. */
public record SavedView(UUID id, String name, ConversationFilter filter, WorkFilter work) {
}
