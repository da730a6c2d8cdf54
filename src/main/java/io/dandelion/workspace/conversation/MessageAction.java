package io.dandelion.workspace.conversation;

import io.dandelion.conversations.MessageId;
import java.time.Instant;

/** Something a person did to one message on its platform: who, what, when. */
public record MessageAction(MessageId message, Kind kind, String actor, Instant at) {

	/** What a person can do to a single message on its platform. */
	public enum Kind {
		HIDE, UNHIDE, DELETE
	}
}
