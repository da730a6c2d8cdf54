package io.dandelion.channels.bluesky;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Hiding on Bluesky: the author of a thread's root post may list replies as hidden in the thread gate
 * record ({@code app.bsky.feed.threadgate}, same record key as the root post); the AppView then folds
 * them away for everyone. Nothing else can be hidden: a mention in someone else's thread can only be
 * answered, or its author muted or blocked (for oneself, or via a moderation list others subscribe
 * to), which hides the account, not the post. The gate's reply restrictions ({@code allow}) are kept
 * as they are.
 */
class ThreadGates {

	private static final String GATE = "app.bsky.feed.threadgate";

	private final BlueskySession session;

	ThreadGates(BlueskySession session) {
		this.session = session;
	}

	void hide(String rootUri, String replyUri, boolean hidden) {
		AtUri root = AtUri.parse(rootUri);
		if (!root.repo().equals(session.did())) {
			throw new UnsupportedOperationException("Bluesky lets an account hide replies only in threads it started; "
					+ replyUri + " is in a thread of " + root.repo());
		}
		Map<String, Object> gate = current(root);
		Set<String> replies = new LinkedHashSet<>(hiddenReplies(gate));
		boolean changed = hidden ? replies.add(replyUri) : replies.remove(replyUri);
		if (!changed) {
			return;
		}
		gate.put("hiddenReplies", new ArrayList<>(replies));
		session.procedure("com.atproto.repo.putRecord",
				Map.of("repo", root.repo(), "collection", GATE, "rkey", root.rkey(), "record", gate));
	}

	/** The replies currently hidden in the thread started by this post. */
	List<String> hidden(String rootUri) {
		return hiddenReplies(current(AtUri.parse(rootUri)));
	}

	private Map<String, Object> current(AtUri root) {
		try {
			JsonNode value = session
				.query("com.atproto.repo.getRecord", Map.of("repo", root.repo(), "collection", GATE, "rkey", root.rkey()))
				.path("value");
			return session.json().convertValue(value, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (XrpcException e) {
			if (!e.isNotFound()) {
				throw e;
			}
			Map<String, Object> gate = new HashMap<>();
			gate.put("$type", GATE);
			gate.put("post", root.toString());
			gate.put("createdAt", Instant.now().toString());
			return gate;
		}
	}

	private static List<String> hiddenReplies(Map<String, Object> gate) {
		Object replies = gate.get("hiddenReplies");
		return replies instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
	}
}
