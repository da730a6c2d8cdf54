package io.dandelion.workspace.conversation;

import io.dandelion.workspace.web.Texts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An internal note on a conversation, as the thread shows it. A note by Dandelion itself carries the key and
 * arguments of its text ({@code textKey}), so that it reads in the reader's language; {@code body} is its English.
 */
public record Note(UUID id, String author, String body, Instant createdAt, @Nullable String textKey,
		List<String> textArgs) {

	public Note {
		textArgs = List.copyOf(textArgs);
	}

	/** The note's text in the current request's language. */
	public String text(Texts t) {
		return textKey == null ? body : t.get(textKey, textArgs.toArray());
	}
}
