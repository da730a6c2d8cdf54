package io.dandelion.workspace.live;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.UnitId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a conversation, as the live bus carries it between nodes. It names the
 * conversation's unit, platform and language so that each node can tell which of its sessions may
 * hear of it without asking the database; {@code detail} is free text (e.g. who is replying).
 */
public record LiveChange(Kind kind, ConversationId conversation, UnitId unit, String platform,
		@Nullable String language, @Nullable String detail) {

	/** What happened. */
	public enum Kind {
		/** New messages, or a change of status or assignment: lists and threads should refresh. */
		CONVERSATION,
		/** Someone is replying; {@code detail} says who. */
		PRESENCE,
		/** A note named a member; {@code detail} is the member's id, and only their sessions hear of it. */
		MENTION
	}

	/** The SSE event name for this change. */
	public String eventName() {
		return kind.name().toLowerCase();
	}

	/** One line of a notification payload. */
	String encode() {
		return String.join("|", kind.name(), conversation.toString(), unit.toString(), encoded(platform),
				encoded(language), encoded(detail));
	}

	static LiveChange decode(String line) {
		List<String> parts = Arrays.asList(line.split("\\|", -1));
		if (parts.size() != 6) {
			throw new IllegalArgumentException("not a live change: " + line);
		}
		return new LiveChange(Kind.valueOf(parts.get(0)), ConversationId.of(parts.get(1)), UnitId.of(parts.get(2)),
				Objects.requireNonNull(decoded(parts.get(3))), decoded(parts.get(4)), decoded(parts.get(5)));
	}

	private static String encoded(@Nullable String text) {
		return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static @Nullable String decoded(String text) {
		return text.isEmpty() ? null : URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}
