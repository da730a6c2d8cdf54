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
		// PostgreSQL text cannot hold NUL, and a lone surrogate reaches it as '?': both become U+FFFD here, so
		// that what is stored is what the batch's own maps are keyed by (a mismatch left a message without
		// its conversation)
		var author = item.author();
		return new InboundItem(storable(item.externalId()), item.kind(), item.direction(),
				storableOrNull(item.threadExternalId()), storableOrNull(item.parentExternalId()),
				new InboundItem.Author(storable(author.externalId()), storableOrNull(author.handle()),
						storableOrNull(author.displayName())),
				storable(item.text()), item.createdAt(),
				item.attachments()
					.stream()
					.map(a -> new InboundItem.Attachment(storable(a.type()), storableOrNull(a.url()), storableOrNull(a.name()),
							a.size()))
					.toList(),
				storable(item.metadata()));
	}

	/** The text with each NUL and each lone surrogate replaced by U+FFFD. */
	static String storable(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			boolean bad = c == '\0' || (Character.isSurrogate(c) && !paired);
			if (bad && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(bad ? '\uFFFD' : c);
				if (paired) {
					out.append(text.charAt(i + 1));
				}
			}
			if (paired) {
				i++;
			}
		}
		return out == null ? text : out.toString();
	}

	private static @Nullable String storableOrNull(@Nullable String text) {
		return text == null ? null : storable(text);
	}

	private static java.util.Map<String, String> storable(java.util.Map<String, String> metadata) {
		var out = new java.util.LinkedHashMap<String, String>();
		metadata.forEach((key, value) -> out.put(storable(key), value == null ? null : storable(value)));
		return out;
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
