package io.dandelion.channels.x;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.PlatformAccount;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One X account. Polls return the posts newer than the cursor (a post id, X's {@code since_id}),
 * following {@code next_token} pages; the first poll of a new channel reads only the latest page.
 */
public class XConnector implements PlatformAccount {

	private static final int MAX_PAGES = 10;

	private static final Map<String, String> FIELDS = Map.of("tweet.fields",
			"author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets", "expansions", "author_id",
			"user.fields", "name,username");

	private final PlatformClient api;

	private final String userId;

	/** An account with this user id, reached through a client carrying its user token. */
	public XConnector(PlatformClient api, String userId) {
		this.api = api;
		this.userId = userId;
	}

	/** The account whose token {@code api} carries ({@code GET /2/users/me}): its user id and {@code @username}. */
	public static AccountIdentity identity(PlatformClient api) {
		JsonNode me = api.get("/2/users/me", Map.of()).path("data");
		String id = me.path("id").asString("");
		String username = me.path("username").asString("");
		if (id.isEmpty() || username.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200, "X did not say who the signed-in account is", null);
		}
		return new AccountIdentity(id, "@" + username);
	}

	/** The account's mentions: what a channel polls. */
	@Override
	public Poll poll(@Nullable String cursor) {
		return mentions(cursor);
	}

	/** Posts mentioning the account since the cursor. */
	public Poll mentions(@Nullable String cursor) {
		return poll("/2/users/" + userId + "/mentions", Map.of("max_results", 100), "pagination_token", cursor);
	}

	/** Posts of the last seven days matching a monitored query (X's search syntax) since the cursor. */
	public Poll search(String query, @Nullable String cursor) {
		if (query.isBlank()) {
			throw new IllegalArgumentException("a search needs a query");
		}
		return poll("/2/tweets/search/recent", Map.of("query", query, "max_results", 100), "next_token", cursor);
	}

	/** Replies to a post and returns the reply's id. */
	@Override
	public String reply(String postId, String text) {
		if (text.isBlank() || text.codePointCount(0, text.length()) > 280) {
			throw new IllegalArgumentException("a post on X needs between 1 and 280 characters");
		}
		JsonNode created;
		try {
			created = api.send("POST", "/2/tweets", Map.of(),
					Map.of("text", text, "reply", Map.of("in_reply_to_tweet_id", postId)));
		}
		catch (PlatformException e) {
			// X answers 403 "deleted or not visible" when the post to answer is gone.
			if (e.reason() == Reason.NOT_FOUND || e.status() == 403 && e.getMessage().contains("deleted")) {
				throw new ParentGoneException("X", postId);
			}
			throw e;
		}
		String id = created.path("data").path("id").asString("");
		if (id.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 201, "X created a post without saying its id", null);
		}
		return id;
	}

	/** Hides a reply to one of the account's posts. */
	@Override
	public void hide(String replyId) {
		setHidden(replyId, true);
	}

	/** Shows a hidden reply again. */
	@Override
	public void unhide(String replyId) {
		setHidden(replyId, false);
	}

	/** Deletes one of the account's own posts. */
	@Override
	public void delete(String postId) {
		try {
			JsonNode answer = api.send("DELETE", "/2/tweets/" + id(postId), Map.of(), null);
			if (!answer.path("data").path("deleted").asBoolean(false)) {
				throw new PlatformException(Reason.REJECTED, 200, "X did not delete post " + postId, null);
			}
		}
		catch (PlatformException e) {
			if (e.reason() != Reason.NOT_FOUND) {
				throw e;
			}
		}
	}

	private void setHidden(String replyId, boolean hidden) {
		JsonNode answer = api.send("PUT", "/2/tweets/" + id(replyId) + "/hidden", Map.of(), Map.of("hidden", hidden));
		if (answer.path("data").path("hidden").asBoolean(!hidden) != hidden) {
			throw new PlatformException(Reason.REJECTED, 200, "X did not " + (hidden ? "hide" : "unhide") + " " + replyId,
					null);
		}
	}

	private Poll poll(String path, Map<String, Object> base, String pageParameter, @Nullable String cursor) {
		List<InboundItem> items = new ArrayList<>();
		String newest = cursor;
		String page = null;
		for (int i = 0; i < MAX_PAGES; i++) {
			Map<String, Object> query = new HashMap<>(base);
			query.putAll(FIELDS);
			if (cursor != null) {
				query.put("since_id", cursor);
			}
			if (page != null) {
				query.put(pageParameter, page);
			}
			JsonNode answer = api.get(path, query);
			items.addAll(TweetMapping.items(answer, userId));
			if (i == 0 && answer.path("meta").path("newest_id").isString()) {
				newest = answer.path("meta").path("newest_id").stringValue();
			}
			page = answer.path("meta").path("next_token").isString() ? answer.path("meta").path("next_token").stringValue()
					: null;
			if (page == null || cursor == null) {
				break;
			}
		}
		Collections.reverse(items);
		return new Poll(items, newest);
	}

	private static String id(String postId) {
		if (!postId.matches("[0-9]{1,19}")) {
			throw new IllegalArgumentException("not an X post id: " + postId);
		}
		return postId;
	}
}
