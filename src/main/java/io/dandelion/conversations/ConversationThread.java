package io.dandelion.conversations;

import io.dandelion.channels.InboundItem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A conversation with its messages in thread order: each reply after the message it answers, indented by depth. */
public record ConversationThread(ConversationSummary conversation, List<Entry> messages) {

	public ConversationThread {
		messages = List.copyOf(messages);
	}

	/** One message of the thread. {@code depth} is 0 for messages that answer nothing stored in the thread. */
	public record Entry(MessageId id, String externalId, @Nullable String parentExternalId, int depth,
			InboundItem.Direction direction, InboundItem.Kind kind, Contact author, String text, Instant createdAt,
			Instant receivedAt, String attachments) {

		Entry at(int newDepth) {
			return new Entry(id, externalId, parentExternalId, newDepth, direction, kind, author, text, createdAt,
					receivedAt, attachments);
		}

		Entry masked() {
			return new Entry(id, externalId, parentExternalId, depth, direction, kind, author.masked(),
					PersonalData.mask(text), createdAt, receivedAt, attachments);
		}
	}

	/** A person's identity on one platform; {@code customer} links identities of the same person. */
	public record Contact(ContactId id, String platform, @Nullable String handle, @Nullable String displayName,
			@Nullable CustomerId customer) {

		Contact masked() {
			return new Contact(id, platform, null, PersonalData.MASKED_NAME, customer);
		}

		/** How the contact is shown: display name, else handle, else the platform's id. */
		public String label() {
			if (displayName != null && !displayName.isBlank()) {
				return handle == null ? displayName : displayName + " (" + handle + ")";
			}
			return handle != null ? handle : "contact " + id.value().toString().substring(0, 8);
		}
	}
}
