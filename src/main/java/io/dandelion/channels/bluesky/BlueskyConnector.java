package io.dandelion.channels.bluesky;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.PlatformAccount;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Bluesky account, signed in with its handle and an app password. Polling reads the account's
 * notifications newest first and stops at the cursor (the newest {@code indexedAt} already seen);
 * items indexed in that very instant are delivered again, which the item sink absorbs.
 */
public class BlueskyConnector implements PlatformAccount {

	static final String POST = "app.bsky.feed.post";

	private static final int PAGE_SIZE = 50;

	private static final int MAX_PAGES = 20;

	private static final int MAX_GRAPHEMES = 300;

	private final BlueskySession session;

	private final ThreadGates gates;

	public BlueskyConnector(URI pds, String identifier, String appPassword, HttpClient http, JsonMapper json) {
		this.session = new BlueskySession(new XrpcClient(pds, http, json), identifier, appPassword);
		this.gates = new ThreadGates(session);
	}

	/** Mentions, quotes and replies indexed since the cursor (all recent ones when it is null). */
	@Override
	public Poll poll(@Nullable String cursor) {
		Instant since = cursor == null ? null : PostMapping.instant(cursor);
		Instant newest = since;
		List<InboundItem> items = new ArrayList<>();
		String page = null;
		for (int i = 0; i < MAX_PAGES; i++) {
			Map<String, Object> params = new HashMap<>(
					Map.of("limit", PAGE_SIZE, "reasons", List.of("mention", "reply", "quote")));
			if (page != null) {
				params.put("cursor", page);
			}
			JsonNode response = session.query("app.bsky.notification.listNotifications", params);
			boolean reachedCursor = false;
			for (JsonNode notification : response.path("notifications")) {
				Instant indexedAt = PostMapping.instant(XrpcClient.text(notification, "indexedAt"));
				if (since != null && indexedAt.isBefore(since)) {
					reachedCursor = true;
					break;
				}
				newest = newest == null || indexedAt.isAfter(newest) ? indexedAt : newest;
				InboundItem item = PostMapping.notification(notification);
				if (item != null) {
					items.add(item);
				}
			}
			page = XrpcClient.text(response, "cursor");
			if (reachedCursor || page == null || response.path("notifications").isEmpty()) {
				break;
			}
		}
		Collections.reverse(items);
		return new Poll(items, newest == null ? null : newest.toString());
	}

	/** The post at this address as the AppView shows it, if it still exists. */
	public Optional<InboundItem> fetch(String uri) {
		return view(uri).map(post -> PostMapping.post(post, session.did()));
	}

	/** Publishes a new top-level post and returns its address. */
	public String publish(String text) {
		return create(post(text));
	}

	/**
	 * Replies to the post at this address, in the same thread, and returns the reply's address.
	 * @throws ParentGoneException when the post was deleted
	 */
	@Override
	public String reply(String parentUri, String text) {
		JsonNode parent = view(parentUri).orElseThrow(() -> new ParentGoneException("Bluesky", parentUri));
		Map<String, Object> parentRef = Map.of("uri", XrpcClient.text(parent, "uri"), "cid",
				XrpcClient.text(parent, "cid"));
		JsonNode root = parent.path("record").path("reply").path("root");
		Map<String, Object> record = post(text);
		record.put("reply", Map.of("root", root.isObject() ? root : parentRef, "parent", parentRef));
		return create(record);
	}

	/** Deletes one of the account's own posts; deleting one already gone succeeds. */
	@Override
	public void delete(String uri) {
		AtUri address = AtUri.parse(uri);
		if (!address.repo().equals(session.did()) || !address.collection().equals(POST)) {
			throw new IllegalArgumentException("Bluesky lets an account delete only its own posts, not " + uri);
		}
		session.procedure("com.atproto.repo.deleteRecord",
				Map.of("repo", address.repo(), "collection", POST, "rkey", address.rkey()));
	}

	/** Hides a reply in a thread the account started (see {@link ThreadGates}). */
	@Override
	public void hide(String replyUri) {
		gates.hide(rootOf(replyUri), replyUri, true);
	}

	/** Shows a reply hidden before. */
	@Override
	public void unhide(String replyUri) {
		gates.hide(rootOf(replyUri), replyUri, false);
	}

	/** The account's DID. */
	public String did() {
		return session.did();
	}

	BlueskySession session() {
		return session;
	}

	private String rootOf(String replyUri) {
		JsonNode post = view(replyUri).orElseThrow(() -> new ParentGoneException("Bluesky", replyUri));
		String root = XrpcClient.text(post.path("record").path("reply").path("root"), "uri");
		if (root == null) {
			throw new UnsupportedOperationException(
					"Bluesky can hide replies only, and " + replyUri + " is a top-level post");
		}
		return root;
	}

	private Optional<JsonNode> view(String uri) {
		AtUri.parse(uri);
		JsonNode posts = session.query("app.bsky.feed.getPosts", Map.of("uris", List.of(uri))).path("posts");
		return posts.isEmpty() ? Optional.empty() : Optional.of(posts.get(0));
	}

	private String create(Map<String, Object> record) {
		JsonNode created = session.procedure("com.atproto.repo.createRecord",
				Map.of("repo", session.did(), "collection", POST, "record", record));
		String uri = XrpcClient.text(created, "uri");
		if (uri == null) {
			throw new IllegalStateException("the PDS created a post but did not say where");
		}
		return uri;
	}

	private static Map<String, Object> post(String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("a Bluesky post needs some text");
		}
		if (graphemes(text) > MAX_GRAPHEMES) {
			throw new IllegalArgumentException("a Bluesky post holds at most " + MAX_GRAPHEMES + " characters");
		}
		Map<String, Object> record = new HashMap<>();
		record.put("$type", POST);
		record.put("text", text);
		record.put("createdAt", Instant.now().toString());
		return record;
	}

	private static int graphemes(String text) {
		BreakIterator iterator = BreakIterator.getCharacterInstance();
		iterator.setText(text);
		int count = 0;
		while (iterator.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}
}
