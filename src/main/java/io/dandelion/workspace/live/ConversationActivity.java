package io.dandelion.workspace.live;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.MessagesReceived;
import io.dandelion.conversations.ReceivedMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces the conversations a stored batch touched, one change per conversation. It runs inside the
 * batch's transaction, so the notification leaves with the commit: no node hears of a message that is
 * not stored, and none misses one that is.
 */
@Component
class ConversationActivity {

	private final Messages messages;
	private final LiveBus bus;

	ConversationActivity(Messages messages, LiveBus bus) {
		this.messages = messages;
		this.bus = bus;
	}

	@EventListener
	void on(MessagesReceived received) {
		Map<ConversationId, LiveChange> changes = new LinkedHashMap<>();
		for (ReceivedMessage message : messages.load(received.messages())) {
			changes.put(message.conversation(), new LiveChange(LiveChange.Kind.CONVERSATION, message.conversation(),
					message.unit(), message.platform(), message.conversationLanguage(), null));
		}
		bus.publish(List.copyOf(changes.values()));
	}
}
