package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One SLA timer that reached its warning point or its deadline, as the SLA events carry it, with whom to
 * tell: the agent holding the conversation at that moment (none while it waits) and the team whose queue
 * it is in.
 */
public record SlaDeadline(ConversationId conversation, UnitId unit, SlaTimer.Kind kind, String policy, Instant dueAt,
		@Nullable MemberId holder, @Nullable TeamId team) {

	/** A deadline without its holder and team (for analytics, which counts and does not notify). */
	public SlaDeadline(ConversationId conversation, UnitId unit, SlaTimer.Kind kind, String policy, Instant dueAt) {
		this(conversation, unit, kind, policy, dueAt, null, null);
	}
}
