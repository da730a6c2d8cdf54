package io.dandelion.analytics;

import io.dandelion.analytics.alerts.KeywordHits;
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
	private final OperationsMetrics metrics;
	private final KeywordHits keywords;

	PipelineListener(Messages messages, RollUps rollUps, OperationsMetrics metrics, KeywordHits keywords) {
		this.messages = messages;
		this.rollUps = rollUps;
		this.metrics = metrics;
		this.keywords = keywords;
	}

	@ApplicationModuleListener
	void on(MessagesReceived batch) {
		List<ReceivedMessage> stored = messages.load(batch.messages());
		rollUps.record(stored.stream().map(m -> new Observation(m, null)).toList());
		metrics.received(stored);
		keywords.record(stored);
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
		metrics.moderated(stored);
	}
}
