package io.dandelion.analytics;

import io.dandelion.conversations.ConversationStatusChanged;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.ConversationsReturned;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.OwnershipChanged;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaWarned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears routing's, conversations' and moderation's events after their transactions committed, durably
 * (an incomplete hand-over is resubmitted), and hands each to {@link WorkRecords}.
 */
@Component
class WorkListener {

	private final WorkRecords records;

	WorkListener(WorkRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(ConversationsRouted event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(ConversationsAssigned event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(OwnershipChanged event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(ConversationsReturned event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(SlaWarned event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(SlaBreached event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(ConversationStatusChanged event) {
		records.record(event);
	}

	@ApplicationModuleListener
	void on(ModerationActionsTaken event) {
		records.record(event);
	}

}
