package io.dandelion.analytics;

import io.dandelion.conversations.ReceivedMessage;
import org.jspecify.annotations.Nullable;

/**
 * One message as an event reports it: the stored message, and moderation's classification when the
 * event is {@code MessagesModerated} (null when it is {@code MessagesReceived}).
 */
record Observation(ReceivedMessage message, @Nullable Classification classification) {
}
