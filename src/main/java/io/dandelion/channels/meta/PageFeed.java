package io.dandelion.channels.meta;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Facebook Page's comments read from its feed, the fallback for a Page whose webhook is not subscribed:
 * {@code GET /{page-id}/feed} with the posts' comments expanded ({@code filter(stream)}: replies included,
 * each naming its {@code parent}), only those created since the cursor (the newest {@code created_time}
 * seen, in Unix seconds). A post with more new comments than one page holds is read on through its own
 * {@code comments} edge. Only the most recent {@value #FEED_PAGES} pages of {@value #POSTS} posts are read:
 * a comment on an older post reaches us through the webhook only. Fields and parameters are those of the
 * {@code PagePost} and {@code Comment} nodes of Meta's business-SDK codegen specifications.
 */
final class PageFeed {

	static final int POSTS = 25;

	static final int FEED_PAGES = 4;

	static final int COMMENTS = 100;

	static final int COMMENT_PAGES = 10;

	static final String COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id}";

	/** Graph API datetimes: ISO 8601 with an offset written without a colon ({@code +0000}). */
	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

	private final PlatformClient graph;

	private final String pageId;

	PageFeed(PlatformClient graph, String pageId) {
		this.graph = graph;
		this.pageId = pageId;
	}

	/** Whether the app {@code appId} is subscribed to this Page's {@code feed}: then the webhook delivers. */
	boolean webhookSubscribed(@Nullable String appId) {
		if (appId == null || appId.isBlank()) {
			return false;
		}
		JsonNode apps;
		try {
			apps = list(graph.get(MetaConnector.VERSION + pageId + "/subscribed_apps", Map.of()), "subscribed apps");
		}
		catch (PlatformException e) {
			if (e.reason() == Reason.REJECTED) {
				return false; // the token may not read the subscriptions: poll rather than miss comments
			}
			throw e;
		}
		for (JsonNode app : apps) {
			if (appId.equals(app.path("id").asString(""))) {
				for (JsonNode field : app.path("subscribed_fields")) {
					if ("feed".equals(field.asString(""))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The comments created since the cursor (all recent ones when it is null), oldest first. */
	Poll poll(@Nullable String cursor) {
		Long since = since(cursor);
		List<InboundItem> items = new ArrayList<>();
		String after = null;
		for (int page = 0; page < FEED_PAGES; page++) {
			Map<String, Object> query = new HashMap<>(Map.of("fields", "id,comments.filter(stream).order(chronological)"
					+ (since == null ? "" : ".since(" + since + ")") + ".limit(" + COMMENTS + "){" + COMMENT_FIELDS + "}",
					"limit", POSTS));
			if (after != null) {
				query.put("after", after);
			}
			JsonNode feed = graph.get(MetaConnector.VERSION + pageId + "/feed", query);
			for (JsonNode post : list(feed, "feed")) {
				String postId = text(post, "id", "a post");
				JsonNode comments = post.path("comments");
				if (comments.isMissingNode()) {
					continue; // no comment since the cursor: the field is left out
				}
				collect(comments, postId, items);
				readOn(comments, postId, since, items);
			}
			after = next(feed);
			if (after == null) {
				break;
			}
		}
		items.sort(Comparator.comparing(InboundItem::createdAt));
		Instant newest = items.isEmpty() ? null : items.get(items.size() - 1).createdAt();
		return new Poll(items, newest == null ? cursor : String.valueOf(newest.getEpochSecond()));
	}

	/** The rest of a post's new comments, when they did not fit in the expanded field. */
	private void readOn(JsonNode comments, String postId, @Nullable Long since, List<InboundItem> items) {
		String after = next(comments);
		for (int page = 0; after != null && page < COMMENT_PAGES; page++) {
			Map<String, Object> query = new HashMap<>(Map.of("filter", "stream", "order", "chronological", "limit",
					COMMENTS, "fields", COMMENT_FIELDS, "after", after));
			if (since != null) {
				query.put("since", since);
			}
			JsonNode more = graph.get(MetaConnector.VERSION + postId + "/comments", query);
			collect(more, postId, items);
			after = next(more);
		}
	}

	private void collect(JsonNode comments, String postId, List<InboundItem> items) {
		for (JsonNode comment : list(comments, "comments")) {
			items.add(comment(comment, postId));
		}
	}

	private InboundItem comment(JsonNode comment, String postId) {
		String id = text(comment, "id", "a comment");
		JsonNode from = comment.path("from");
		String author = from.path("id").asString("unknown");
		return new InboundItem(id, Kind.COMMENT, author.equals(pageId) ? Direction.OUTBOUND : Direction.INBOUND, postId,
				comment.path("parent").path("id").asString(postId), new Author(author, null, from.path("name").asString(null)),
				comment.path("message").asString(""), time(text(comment, "created_time", "comment " + id)), List.of(),
				Map.of("surface", "facebook"));
	}

	private static @Nullable String next(JsonNode list) {
		JsonNode paging = list.path("paging");
		if (paging.path("next").asString("").isEmpty()) {
			return null;
		}
		String after = paging.path("cursors").path("after").asString("");
		return after.isEmpty() ? null : after;
	}

	private static JsonNode list(JsonNode answer, String what) {
		JsonNode data = answer.path("data");
		if (!data.isArray()) {
			throw new PlatformException(Reason.MALFORMED, 200, "the Graph API answered " + what + " without a data list",
					null);
		}
		return data;
	}

	private static String text(JsonNode node, String field, String what) {
		String value = node.path(field).asString("");
		if (value.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200, "the Graph API answered " + what + " without " + field,
					null);
		}
		return value;
	}

	static Instant time(String value) {
		try {
			return GRAPH_TIME.parse(value, Instant::from);
		}
		catch (DateTimeParseException e) {
			try {
				return Instant.parse(value);
			}
			catch (DateTimeParseException again) {
				throw new PlatformException(Reason.MALFORMED, 200, "the Graph API answered a time that is not one: "
						+ value, null);
			}
		}
	}

	private static @Nullable Long since(@Nullable String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			return Long.parseLong(cursor);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("a Facebook feed cursor is Unix seconds, not " + cursor, e);
		}
	}
}
