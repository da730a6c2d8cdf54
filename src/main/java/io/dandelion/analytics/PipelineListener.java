package io.dandelion.analytics;

import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.MessagesReceived;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears the pipeline's batch events, after their transactions committed and durably (an incomplete
 * hand-over is resubmitted), and keeps the roll-ups in step: one transaction per batch.
 */
@Component
class PipelineListener {

	private final Messages messages;
	private final RollUps rollUps;

	PipelineListener(Messages messages, RollUps rollUps) {
		this.messages = messages;
		this.rollUps = rollUps;
	}

	@ApplicationModuleListener
	void on(MessagesReceived batch) {
		rollUps.record(messages.load(batch.messages()).stream().map(m -> new Observation(m, null)).toList());
	}

	@ApplicationModuleListener
	void on(MessagesModerated batch) {
		Map<MessageId, ModeratedMessage> moderated = batch.messages()
			.stream()
			.collect(Collectors.toMap(ModeratedMessage::message, Function.identity(), (a, b) -> b));
		List<ReceivedMessage> stored = messages.load(moderated.keySet());
		rollUps.record(stored.stream()
			.map(m -> new Observation(m, Classification.of(moderated.get(m.id()))))
			.toList());
	}
}
