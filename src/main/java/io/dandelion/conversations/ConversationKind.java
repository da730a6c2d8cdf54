package io.dandelion.conversations;

import io.dandelion.channels.InboundItem;

/** The sort of thread a conversation is. */
public enum ConversationKind {
	/** A public thread of mentions and replies. */
	PUBLIC_THREAD,
	/** The comments under one post (or site page). */
	COMMENT_THREAD,
	/** A private direct-message thread. */
	DIRECT_MESSAGES,
	/** An e-mail thread. */
	EMAIL_THREAD;

	/** The kind of conversation an item of this kind starts or belongs to. */
	public static ConversationKind of(InboundItem.Kind item) {
		return switch (item) {
			case POST, COMMENT, SITE_COMMENT -> COMMENT_THREAD;
			case MENTION -> PUBLIC_THREAD;
			case DIRECT_MESSAGE -> DIRECT_MESSAGES;
			case EMAIL -> EMAIL_THREAD;
		};
	}
}
