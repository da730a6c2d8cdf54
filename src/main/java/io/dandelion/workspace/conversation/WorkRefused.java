package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;

/** Why the workspace refused an action: the subject is not the caller's to see (404) or to change (403). */
class WorkRefused extends RuntimeException {

	private final boolean visible;

	private WorkRefused(String message, boolean visible) {
		super(message);
		this.visible = visible;
	}

	static WorkRefused unknown(ConversationId id) {
		return new WorkRefused("no conversation " + id, false);
	}

	static WorkRefused unknown(String what) {
		return new WorkRefused("no " + what, false);
	}

	static WorkRefused notAllowed(String message) {
		return new WorkRefused(message, true);
	}

	/** Whether the caller may at least see the subject (403) or not (404). */
	boolean visible() {
		return visible;
	}
}
