package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.routing.ReplyGuard;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "X is replying", kept by routing's {@link ReplyGuard} in PostgreSQL (so every node and every REST client
 * sees the same): the composer's typing sign renews the caller's row, and pages ask who else writes. Routing
 * announces each start and stop, which the live bus carries to every node's pages of the conversation.
 */
@Component
class Replying {

	private final ObjectProvider<ReplyGuard> guard;

	Replying(ObjectProvider<ReplyGuard> guard) {
		this.guard = guard;
	}

	/** The caller is writing a reply in the conversation (renewed by each sign of typing). */
	void start(AccessScope scope, ConversationId conversation) {
		ReplyGuard replies = guard.getIfAvailable();
		if (replies != null) {
			refused(() -> replies.startReplying(scope, conversation));
		}
	}

	/** The names of the others writing a reply in the conversation now. */
	List<String> others(AccessScope scope, ConversationId conversation) {
		ReplyGuard replies = guard.getIfAvailable();
		if (replies == null) {
			return List.of();
		}
		return refused(() -> replies.replying(scope, conversation)).stream()
			.filter(r -> scope.member().map(me -> !me.equals(r.member())).orElse(true))
			.map(ReplyGuard.Replier::actor)
			.toList();
	}

	private static <T> T refused(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ReplyGuard.UnknownConversationException e) {
			throw WorkRefused.unknown(e.getMessage().replaceFirst("^no ", ""));
		}
		catch (ReplyGuard.NotAllowedException e) {
			throw WorkRefused.notAllowed(e.getMessage());
		}
	}
}
