package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as lists show it, with its latest message as a preview. {@code language} is null
 * until analysis has determined it.
 */
public record ConversationSummary(ConversationId id, ChannelId channel, UnitId unit, String platform,
		ConversationKind kind, ConversationStatus status, @Nullable String language, String rootExternalId,
		Instant startedAt, Instant lastMessageAt, int messageCount, @Nullable String latestText,
		@Nullable String latestAuthor) {

	ConversationSummary masked() {
		return new ConversationSummary(id, channel, unit, platform, kind, status, language, rootExternalId, startedAt,
				lastMessageAt, messageCount, latestText == null ? null : PersonalData.mask(latestText),
				latestAuthor == null ? null : PersonalData.MASKED_NAME);
	}
}
