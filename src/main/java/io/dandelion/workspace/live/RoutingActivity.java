package io.dandelion.workspace.live;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.Conversations;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsReturned;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.OwnershipChanged;
import io.dandelion.routing.ReplyingChanged;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaWarned;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces what routing did to conversations (queued, assigned, taken, handed off, escalated, returned,
 * an SLA warned or breached), so that inbox rows and conversation pages refresh their holder and SLA
 * badges, and who started or stopped writing a reply (routing's reply guard is the one record of it). Routing publishes inside its transaction, so the notification leaves with its commit.
 */
@Component
class RoutingActivity {

	private final Conversations conversations;
	private final MemberDirectory members;
	private final LiveBus bus;

	RoutingActivity(Conversations conversations, MemberDirectory members, LiveBus bus) {
		this.conversations = conversations;
		this.members = members;
		this.bus = bus;
	}

	@EventListener
	void on(ConversationsRouted routed) {
		announce(routed.conversations().stream().map(ConversationsRouted.RoutedConversation::conversation).toList());
	}

	@EventListener
	void on(ConversationsAssigned assigned) {
		announce(assigned.assignments().stream().map(ConversationsAssigned.Assignment::conversation).toList());
	}

	@EventListener
	void on(ConversationsReturned returned) {
		announce(returned.conversations().stream().map(ConversationsReturned.Returned::conversation).toList());
	}

	@EventListener
	void on(OwnershipChanged changed) {
		announce(List.of(changed.conversation()));
	}

	@EventListener
	void on(SlaWarned warned) {
		announce(warned.timers().stream().map(SlaDeadline::conversation).toList());
	}

	@EventListener
	void on(SlaBreached breached) {
		announce(breached.timers().stream().map(SlaDeadline::conversation).toList());
	}

	/** Someone started or stopped writing a reply: pages of the conversation ask routing again who is writing. */
	@EventListener
	void on(ReplyingChanged replying) {
		announce(List.of(replying.conversation()), LiveChange.Kind.PRESENCE, replying.actor());
	}

	private void announce(Collection<ConversationId> ids) {
		announce(ids, LiveChange.Kind.CONVERSATION, null);
	}

	private void announce(Collection<ConversationId> ids, LiveChange.Kind kind, @Nullable String detail) {
		if (ids.isEmpty()) {
			return;
		}
		bus.publish(conversations.summaries(members.system(), new LinkedHashSet<>(ids))
			.stream()
			.map(c -> new LiveChange(kind, c.id(), c.unit(), c.platform(), c.language(), detail))
			.toList());
	}
}
