package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;

/** One SLA timer that reached its warning point or its deadline, as the SLA events carry it. */
public record SlaDeadline(ConversationId conversation, UnitId unit, SlaTimer.Kind kind, String policy, Instant dueAt) {
}
