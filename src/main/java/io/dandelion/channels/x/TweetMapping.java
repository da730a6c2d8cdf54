package io.dandelion.channels.x;

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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns the posts of an X API v2 answer (with the {@code author_id} expansion) into {@link InboundItem}s. */
final class TweetMapping {

	private TweetMapping() {
	}

	static List<InboundItem> items(JsonNode answer, String ownUserId) {
		Map<String, JsonNode> users = new HashMap<>();
		for (JsonNode user : answer.path("includes").path("users")) {
			users.put(user.path("id").asString(""), user);
		}
		List<InboundItem> items = new ArrayList<>();
		for (JsonNode tweet : answer.path("data")) {
			items.add(item(tweet, users, ownUserId));
		}
		return items;
	}

	private static InboundItem item(JsonNode tweet, Map<String, JsonNode> users, String ownUserId) {
		String id = required(tweet, "id");
		String authorId = required(tweet, "author_id");
		String parent = null;
		for (JsonNode reference : tweet.path("referenced_tweets")) {
			if ("replied_to".equals(reference.path("type").asString(""))) {
				parent = text(reference.path("id"), null);
			}
		}
		JsonNode user = users.getOrDefault(authorId, tweet.path("missing"));
		Kind kind = parent != null && ownUserId.equals(tweet.path("in_reply_to_user_id").asString("")) ? Kind.COMMENT
				: Kind.MENTION;
		Direction direction = ownUserId.equals(authorId) ? Direction.OUTBOUND : Direction.INBOUND;
		return new InboundItem(id, kind, direction, text(tweet.path("conversation_id"), id), parent,
				new Author(authorId, user.path("username").asString(null), user.path("name").asString(null)),
				tweet.path("text").asString(""), createdAt(tweet), List.of(), Map.of());
	}

	private static Instant createdAt(JsonNode tweet) {
		String value = required(tweet, "created_at");
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new PlatformException(Reason.MALFORMED, 200, "X sent an unreadable created_at: " + value, null);
		}
	}

	/** The node's text when it is a non-blank string, else {@code otherwise}. */
	private static @Nullable String text(JsonNode node, @Nullable String otherwise) {
		return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : otherwise;
	}

	private static String required(JsonNode tweet, String field) {
		JsonNode value = tweet.path(field);
		if (!value.isString() || value.stringValue().isBlank()) {
			throw new PlatformException(Reason.MALFORMED, 200, "X sent a post without " + field
					+ " (was tweet.fields requested?)", null);
		}
		return value.stringValue();
	}
}
