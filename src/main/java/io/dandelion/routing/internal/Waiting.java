package io.dandelion.routing.internal;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one conversation of a batch asks of routing, its messages merged: the first message that needs
 * an answer and since when, the latest determined language (an emoji-only reply in a French
 * conversation is still French), the most urgent priority, the first queue a rule named.
 */
record Waiting(MessageId message, UnitId unit, UUID channel, String platform, String language, @Nullable String intent,
		int priority, @Nullable String routeTo, Instant waitingSince) {

	static final String UNDETERMINED = "und";

	static Waiting of(ModeratedMessage moderated, ReceivedMessage received) {
		String language = moderated.language();
		if (isUndetermined(language) && received.conversationLanguage() != null
				&& !isUndetermined(received.conversationLanguage())) {
			language = received.conversationLanguage();
		}
		return new Waiting(moderated.message(), received.unit(), received.channel().value(), received.platform(),
				isUndetermined(language) ? UNDETERMINED : language, moderated.intent(), moderated.priority(),
				moderated.routeTo(), received.createdAt());
	}

	/** This conversation's earlier messages merged with a later one of the same batch. */
	Waiting and(Waiting later) {
		return new Waiting(message, unit, channel, platform, isUndetermined(later.language) ? language : later.language,
				intent != null ? intent : later.intent, Math.min(priority, later.priority),
				routeTo != null ? routeTo : later.routeTo,
				waitingSince.isBefore(later.waitingSince) ? waitingSince : later.waitingSince);
	}

	SlaClock.Start start(ConversationId conversation) {
		return new SlaClock.Start(conversation, unit, channel, platform, priority, waitingSince);
	}

	WorkItems.Enqueued enqueued() {
		return new WorkItems.Enqueued(message, channel, platform, intent, waitingSince);
	}

	private static boolean isUndetermined(@Nullable String language) {
		return language == null || language.isBlank() || language.equals(UNDETERMINED);
	}
}
