package io.dandelion.channels.bluesky;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Attachment;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns notifications and post views of the AppView into {@link InboundItem}s. */
final class PostMapping {

	private PostMapping() {
	}

	/** A mention, quote or reply notification; null for any other reason or a record that is not a post. */
	static @Nullable InboundItem notification(JsonNode notification) {
		String reason = XrpcClient.text(notification, "reason");
		JsonNode record = notification.path("record");
		if (reason == null || !List.of("mention", "reply", "quote").contains(reason)
				|| !"app.bsky.feed.post".equals(XrpcClient.text(record, "$type"))) {
			return null;
		}
		Kind kind = reason.equals("reply") ? Kind.COMMENT : Kind.MENTION;
		Map<String, String> metadata = new HashMap<>();
		metadata.put("reason", reason);
		putIfPresent(metadata, "indexedAt", XrpcClient.text(notification, "indexedAt"));
		return item(notification, kind, Direction.INBOUND, metadata);
	}

	/** A post view (from getPosts), seen from the account with this DID. */
	static InboundItem post(JsonNode post, String ownDid) {
		boolean own = ownDid.equals(XrpcClient.text(post.path("author"), "did"));
		Kind kind = post.path("record").has("reply") ? Kind.COMMENT : Kind.POST;
		return item(post, kind, own ? Direction.OUTBOUND : Direction.INBOUND, new HashMap<>());
	}

	private static InboundItem item(JsonNode view, Kind kind, Direction direction, Map<String, String> metadata) {
		String uri = required(view, "uri");
		JsonNode record = view.path("record");
		JsonNode reply = record.path("reply");
		String root = XrpcClient.text(reply.path("root"), "uri");
		putIfPresent(metadata, "cid", XrpcClient.text(view, "cid"));
		putIfPresent(metadata, "quotedUri", XrpcClient.text(record.path("embed").path("record"), "uri"));
		JsonNode author = view.path("author");
		return new InboundItem(uri, kind, direction, root == null ? uri : root,
				XrpcClient.text(reply.path("parent"), "uri"),
				new Author(required(author, "did"), XrpcClient.text(author, "handle"),
						XrpcClient.text(author, "displayName")),
				record.path("text").asString(""), createdAt(record, view), attachments(record.path("embed")),
				metadata);
	}

	private static List<Attachment> attachments(JsonNode embed) {
		List<Attachment> attachments = new ArrayList<>();
		JsonNode images = embed.has("images") ? embed.path("images") : embed.path("media").path("images");
		for (JsonNode image : images) {
			attachments.add(new Attachment(image.path("image").path("mimeType").asString("image"), null,
					XrpcClient.text(image, "alt"), image.path("image").path("size").asLong(0)));
		}
		return attachments;
	}

	private static Instant createdAt(JsonNode record, JsonNode view) {
		String text = XrpcClient.text(record, "createdAt");
		if (text == null) {
			text = required(view, "indexedAt");
		}
		return instant(text);
	}

	static Instant instant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new IllegalStateException("the AppView sent an unreadable timestamp: " + text, e);
		}
	}

	private static String required(JsonNode node, String field) {
		String value = XrpcClient.text(node, field);
		if (value == null) {
			throw new IllegalStateException("the AppView sent an object without " + field);
		}
		return value;
	}

	private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}
}
