package io.dandelion.channels.youtube;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns a comment thread into items: the top-level comment answers the video (the thread's root), each
 * reply answers the top-level comment (YouTube threads are one level deep).
 */
final class CommentMapping {

	private CommentMapping() {
	}

	static List<InboundItem> thread(JsonNode thread, String channelId) {
		JsonNode snippet = thread.path("snippet");
		String video = text(snippet.path("videoId"), text(snippet.path("channelId"), channelId));
		JsonNode top = snippet.path("topLevelComment");
		List<InboundItem> items = new ArrayList<>();
		items.add(comment(top, video, video, channelId));
		String topId = top.path("id").asString("");
		for (JsonNode reply : thread.path("replies").path("comments")) {
			items.add(comment(reply, video, text(reply.path("snippet").path("parentId"), topId), channelId));
		}
		return items;
	}

	private static InboundItem comment(JsonNode comment, String video, String parent, String channelId) {
		String id = comment.path("id").asString("");
		JsonNode snippet = comment.path("snippet");
		if (id.isBlank() || !snippet.isObject()) {
			throw new PlatformException(Reason.MALFORMED, 200, "YouTube sent a comment without id or snippet", null);
		}
		String author = snippet.path("authorChannelId").path("value").asString("");
		Map<String, String> metadata = new HashMap<>();
		metadata.put("videoId", video);
		metadata.put("updatedAt", instant(snippet.path("updatedAt").asString(snippet.path("publishedAt").asString(""))).toString());
		if (snippet.path("moderationStatus").isString()) {
			metadata.put("moderationStatus", snippet.path("moderationStatus").stringValue());
		}
		return new InboundItem(id, Kind.COMMENT, channelId.equals(author) ? Direction.OUTBOUND : Direction.INBOUND, video,
				parent, new Author(author.isEmpty() ? "unknown" : author, snippet.path("authorChannelUrl").asString(null),
						snippet.path("authorDisplayName").asString(null)),
				snippet.path("textOriginal").asString(snippet.path("textDisplay").asString("")),
				instant(snippet.path("publishedAt").asString("")), List.of(), metadata);
	}

	/** The node's text when it is a non-blank string, else {@code otherwise}. */
	private static String text(JsonNode node, String otherwise) {
		return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : otherwise;
	}

	private static Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new PlatformException(Reason.MALFORMED, 200, "YouTube sent an unreadable time: " + value, null);
		}
	}
}
