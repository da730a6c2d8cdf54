package io.dandelion.conversations.ingest;

import io.dandelion.channels.InboundItem;
import org.jspecify.annotations.Nullable;

/** What an item must satisfy to be stored; a batch with one bad item is refused whole, with its position. */
final class ItemRules {

	static final int MAX_ID_LENGTH = 512;

	private ItemRules() {
	}

	static InboundItem checked(@Nullable InboundItem item, int position) {
		if (item == null) {
			throw new IllegalArgumentException("item " + position + " is missing");
		}
		present(item.kind(), "kind", position);
		present(item.direction(), "direction", position);
		present(item.author(), "author", position);
		present(item.text(), "text", position);
		present(item.createdAt(), "createdAt", position);
		require(item.externalId(), "externalId", position);
		require(item.author().externalId(), "author.externalId", position);
		if (item.threadExternalId() != null) {
			require(item.threadExternalId(), "threadExternalId", position);
		}
		if (item.parentExternalId() != null) {
			require(item.parentExternalId(), "parentExternalId", position);
		}
		if (item.text().indexOf('\0') < 0) {
			return item;
		}
		// PostgreSQL text cannot hold NUL; keep the message and mark where the character was
		return new InboundItem(item.externalId(), item.kind(), item.direction(), item.threadExternalId(),
				item.parentExternalId(), item.author(), item.text().replace('\0', '\uFFFD'), item.createdAt(),
				item.attachments(), item.metadata());
	}

	private static void present(@Nullable Object value, String field, int position) {
		if (value == null) {
			throw new IllegalArgumentException("item " + position + ": " + field + " is missing");
		}
	}

	private static void require(@Nullable String value, String field, int position) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("item " + position + ": " + field + " is blank");
		}
		if (value.length() > MAX_ID_LENGTH || value.indexOf('\0') >= 0) {
			throw new IllegalArgumentException(
					"item " + position + ": " + field + " is longer than " + MAX_ID_LENGTH + " or holds a NUL character");
		}
	}
}
