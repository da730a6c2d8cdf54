package io.dandelion.routing;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;

/**
 * Someone started (or renewed) writing a reply in a conversation, or stopped; published inside the
 * transaction that recorded it, so that pages showing the conversation on every node hear of it on
 * commit. Who is writing now is read from {@link ReplyGuard#replying}.
 */
public record ReplyingChanged(ConversationId conversation, MemberId member, String actor, boolean writing) {
}
