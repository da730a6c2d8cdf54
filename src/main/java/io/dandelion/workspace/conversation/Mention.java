package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.workspace.web.Texts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A note that named the reader, for their mentions list (a note by Dandelion itself reads in the reader's language). */
public record Mention(UUID note, ConversationId conversation, String author, String body, Instant createdAt,
		boolean seen, @Nullable String textKey, List<String> textArgs) {

	public Mention {
		textArgs = List.copyOf(textArgs);
	}

	/** The note's text in the current request's language. */
	public String text(Texts t) {
		return textKey == null ? body : t.get(textKey, textArgs.toArray());
	}
}
