package io.dandelion.conversations;

import java.util.List;

/** One page of conversations, newest activity first. */
public record ConversationPage(List<ConversationSummary> items, int page, int size, boolean hasMore) {

	public ConversationPage {
		items = List.copyOf(items);
	}
}
