package io.dandelion.analytics;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.conversations.ContactId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Messages as the pipeline's events name them, at times and in places of the test's choosing. */
final class Traffic {

	private Traffic() {
	}

	/** A conversation on one channel of a unit. */
	record Thread(ConversationId id, ChannelId channel, UnitId unit, String platform) {

		static Thread on(UnitId unit, ChannelId channel, String platform) {
			return new Thread(new ConversationId(UUID.randomUUID()), channel, unit, platform);
		}

		ReceivedMessage customerWrites(String at) {
			return message(Direction.INBOUND, at, null);
		}

		ReceivedMessage customerWrites(String at, String conversationLanguage) {
			return message(Direction.INBOUND, at, conversationLanguage);
		}

		ReceivedMessage brandAnswers(String at) {
			return message(Direction.OUTBOUND, at, null);
		}

		private ReceivedMessage message(Direction direction, String at, @Nullable String language) {
			var external = UUID.randomUUID().toString();
			return new ReceivedMessage(new MessageId(UUID.randomUUID()), id, channel, unit, platform, Kind.COMMENT,
					direction, new ContactId(UUID.randomUUID()), "text", Instant.parse(at), language, external,
					id.toString());
		}
	}

	static List<Observation> received(ReceivedMessage... messages) {
		return java.util.Arrays.stream(messages).map(m -> new Observation(m, null)).toList();
	}

	static Observation moderated(ReceivedMessage message, String language, String intent, double sentiment) {
		return new Observation(message, Classification.of(moderation(message, language, intent, sentiment)));
	}

	static ModeratedMessage moderation(ReceivedMessage message, String language, String intent, double sentiment) {
		return new ModeratedMessage(message.id(), message.conversation(), language, intent, sentiment, 3, null, List.of(),
				false, false, true);
	}
}
