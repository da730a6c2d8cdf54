package io.dandelion.channels;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One item as a connector fetched or received it, normalised: a comment, mention, direct message,
 * e-mail or site comment (or one of our own posts/replies, direction OUTBOUND). {@code externalId} is
 * unique per channel; {@code threadExternalId} names the thread's root (post, DM thread, e-mail
 * thread), {@code parentExternalId} the item it answers. Either may arrive before or after this item.
 */
public record InboundItem(String externalId, Kind kind, Direction direction, @Nullable String threadExternalId,
		@Nullable String parentExternalId, Author author, String text, Instant createdAt, List<Attachment> attachments,
		Map<String, String> metadata) {

	public InboundItem {
		attachments = List.copyOf(attachments);
		metadata = Map.copyOf(metadata);
	}

	/** What sort of item this is. */
	public enum Kind {
		POST, COMMENT, MENTION, DIRECT_MESSAGE, EMAIL, SITE_COMMENT
	}

	/** Whether the customer wrote it or the organisation did. */
	public enum Direction {
		INBOUND, OUTBOUND
	}

	/** The author's identity on the platform. */
	public record Author(String externalId, @Nullable String handle, @Nullable String displayName) {
	}

	/** Metadata of an attachment; the content itself stays on the platform. */
	public record Attachment(String type, @Nullable String url, @Nullable String name, long size) {
	}
}
