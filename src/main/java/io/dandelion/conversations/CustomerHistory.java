package io.dandelion.conversations;

import java.util.List;

/**
 * A customer as a caller may see them: the identities (contacts, on any platform) linked to the same
 * customer that wrote in conversations the caller may read, and those conversations, latest first.
 */
public record CustomerHistory(List<ConversationThread.Contact> identities, List<ConversationSummary> conversations) {

	public CustomerHistory {
		identities = List.copyOf(identities);
		conversations = List.copyOf(conversations);
	}
}
