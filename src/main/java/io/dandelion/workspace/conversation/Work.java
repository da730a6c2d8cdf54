package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.conversations.Conversations;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.workspace.live.LiveBus;
import io.dandelion.workspace.live.LiveChange;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checks every action on a conversation goes through, in one place: the caller must be able to read
 * it (else it does not exist for them) and to work it (else 403). Also announces a change on the live bus.
 */
@Component
class Work {

	private final Conversations conversations;
	private final LiveBus bus;

	Work(Conversations conversations, LiveBus bus) {
		this.conversations = conversations;
		this.bus = bus;
	}

	ConversationThread readable(AccessScope scope, ConversationId id) {
		return conversations.thread(scope, id).orElseThrow(() -> WorkRefused.unknown(id));
	}

	ConversationThread workable(AccessScope scope, ConversationId id) {
		var thread = readable(scope, id);
		if (!scope.can(Permission.CONVERSATIONS_WORK, thread.conversation().unit())) {
			throw WorkRefused.notAllowed("you may read this conversation but not work on it");
		}
		return thread;
	}

	/** Tells every node's pages showing this conversation to refresh (on commit, inside a transaction). */
	void announce(ConversationSummary conversation) {
		announce(conversation, LiveChange.Kind.CONVERSATION, null);
	}

	void announce(ConversationSummary conversation, LiveChange.Kind kind, @org.jspecify.annotations.Nullable String detail) {
		bus.publish(List.of(new LiveChange(kind, conversation.id(), conversation.unit(), conversation.platform(),
				conversation.language(), detail)));
	}
}
