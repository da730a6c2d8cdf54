package io.dandelion.channels.youtube;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.PlatformAccount;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One YouTube channel. The API has no "since" filter, so a poll reads the threads newest first and
 * stops at the cursor (the newest {@code updatedAt} seen); comments updated in that very instant come
 * again and the item sink absorbs them. Each thread carries up to five recent replies.
 */
public class YouTubeConnector implements PlatformAccount {

	private static final int MAX_PAGES = 10;

	private final PlatformClient api;

	private final String channelId;

	public YouTubeConnector(PlatformClient api, String channelId) {
		this.api = api;
		this.channelId = channelId;
	}

	/** The channel of the user whose token {@code api} carries ({@code channels.list?mine=true}): id and handle or title. */
	public static AccountIdentity identity(PlatformClient api) {
		JsonNode mine = quota(() -> api.get("/youtube/v3/channels", Map.of("part", "snippet", "mine", true)))
			.path("items");
		if (mine.isEmpty()) {
			throw new IllegalArgumentException("the Google account that signed in has no YouTube channel");
		}
		JsonNode snippet = mine.get(0).path("snippet");
		String handle = snippet.path("customUrl").asString("");
		return new AccountIdentity(mine.get(0).path("id").asString(""),
				handle.isEmpty() ? snippet.path("title").asString("") : handle);
	}

	/** Comments and replies on the channel's videos since the cursor. */
	@Override
	public Poll poll(@Nullable String cursor) {
		Instant since = cursor == null ? null : Instant.parse(cursor);
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		String page = null;
		for (int i = 0; i < MAX_PAGES; i++) {
			Map<String, Object> query = new HashMap<>(Map.of("part", "snippet,replies", "allThreadsRelatedToChannelId",
					channelId, "maxResults", 100, "order", "time", "textFormat", "plainText"));
			if (page != null) {
				query.put("pageToken", page);
			}
			JsonNode answer = quota(() -> api.get("/youtube/v3/commentThreads", query));
			if (!answer.path("items").isArray()) {
				throw new PlatformException(Reason.MALFORMED, 200, "YouTube answered commentThreads without items", null);
			}
			boolean reachedCursor = false;
			for (JsonNode thread : answer.path("items")) {
				List<InboundItem> comments = CommentMapping.thread(thread, channelId);
				for (InboundItem comment : comments) {
					Instant updated = Instant.parse(comment.metadata().get("updatedAt"));
					if (since == null || !updated.isBefore(since)) {
						items.add(comment);
						newest = newest == null || updated.isAfter(newest) ? updated : newest;
					}
				}
				Instant threadUpdated = comments.stream().map(c -> Instant.parse(c.metadata().get("updatedAt")))
					.max(Comparator.naturalOrder()).orElse(Instant.MIN);
				reachedCursor |= since != null && threadUpdated.isBefore(since);
			}
			page = answer.path("nextPageToken").isString() ? answer.path("nextPageToken").stringValue() : null;
			if (reachedCursor || page == null || since == null) {
				break;
			}
		}
		items.sort(Comparator.comparing(InboundItem::createdAt));
		return new Poll(items, newest == null ? null : newest.toString());
	}

	/** Replies under a comment (under its top-level comment when it is itself a reply); returns the reply's id. */
	@Override
	public String reply(String commentId, String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("a YouTube reply needs some text");
		}
		JsonNode found = quota(() -> api.get("/youtube/v3/comments", Map.of("part", "snippet", "id", commentId)))
			.path("items");
		if (found.isEmpty()) {
			throw new ParentGoneException("YouTube", commentId);
		}
		JsonNode snippet = found.get(0).path("snippet");
		String parent = snippet.path("parentId").isString() ? snippet.path("parentId").stringValue() : commentId;
		JsonNode created = quota(() -> api.send("POST", "/youtube/v3/comments", Map.of("part", "snippet"),
				Map.of("snippet", Map.of("parentId", parent, "textOriginal", text))));
		String id = created.path("id").asString("");
		if (id.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200, "YouTube created a reply without saying its id", null);
		}
		return id;
	}

	/** Hides a comment from the public by rejecting it, without banning its author. */
	@Override
	public void hide(String commentId) {
		hide(commentId, false);
	}

	/** Hides a comment from the public by rejecting it; {@code banAuthor} also rejects the author's future comments. */
	public void hide(String commentId, boolean banAuthor) {
		moderate(commentId, "rejected", banAuthor);
	}

	/** Holds a comment for review: hidden until someone publishes it. */
	public void holdForReview(String commentId) {
		moderate(commentId, "heldForReview", false);
	}

	/** Publishes a held or rejected comment again. */
	@Override
	public void unhide(String commentId) {
		moderate(commentId, "published", false);
	}

	/** Reports comments as spam. */
	public void markAsSpam(String commentId) {
		quota(() -> api.send("POST", "/youtube/v3/comments/markAsSpam", Map.of("id", commentId), null));
	}

	/** Deletes one of the channel's own comments. */
	@Override
	public void delete(String commentId) {
		try {
			quota(() -> api.send("DELETE", "/youtube/v3/comments", Map.of("id", commentId), null));
		}
		catch (PlatformException e) {
			if (e.reason() != Reason.NOT_FOUND) {
				throw e;
			}
		}
	}

	private void moderate(String commentId, String status, boolean banAuthor) {
		Map<String, Object> query = new HashMap<>(Map.of("id", commentId, "moderationStatus", status));
		if (banAuthor) {
			query.put("banAuthor", true);
		}
		quota(() -> api.send("POST", "/youtube/v3/comments/setModerationStatus", query, null));
	}

	/**
	 * YouTube refuses calls with 403 {@code quotaExceeded} once the daily quota is spent; the quota
	 * resets at midnight Pacific time, which is when the poller may try again.
	 */
	private static JsonNode quota(java.util.function.Supplier<JsonNode> call) {
		try {
			return call.get();
		}
		catch (PlatformException e) {
			if (e.status() == 403 && e.getMessage().contains("quota")) {
				ZoneId pacific = ZoneId.of("America/Los_Angeles");
				Instant reset = LocalDate.now(pacific).plusDays(1).atStartOfDay(pacific).toInstant();
				throw new PlatformException(Reason.RATE_LIMITED, 403, e.getMessage(), reset);
			}
			throw e;
		}
	}
}
