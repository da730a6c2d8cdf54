package io.dandelion.channels.bluesky;

import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import io.dandelion.support.Storable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bluesky notifications and post views, spoilt every way: storable items, or the failure the poller reports. */
class PostMappingFuzzTests {

	static final List<String[]> VIEW = List.of(new String[] { "uri", "\"at://did:plc:ana/app.bsky.feed.post/3k\"" },
			new String[] { "cid", "\"bafy\"" }, new String[] { "reason", "\"reply\"" },
			new String[] { "author", "{\"did\":\"did:plc:ana\",\"handle\":\"ana.bsky.social\",\"displayName\":\"Ana\"}" },
			new String[] { "record", "{\"$type\":\"app.bsky.feed.post\",\"text\":\"@acme help\",\"createdAt\":"
					+ "\"2026-12-03T10:15:30.000Z\",\"reply\":{\"root\":{\"uri\":\"at://did:plc:acme/app.bsky.feed.post/1\"},"
					+ "\"parent\":{\"uri\":\"at://did:plc:acme/app.bsky.feed.post/1\"}},\"embed\":{\"images\":"
					+ "[{\"alt\":\"a router\",\"image\":{\"mimeType\":\"image/png\",\"size\":12}}]}}" },
			new String[] { "indexedAt", "\"2026-12-03T10:15:31.000Z\"" });

	static final int SAMPLES = 600;

	@Test
	void anyNotificationOrPostBecomesAStorableItemOrAReportedFailure() {
		Hostile.check(views(), SAMPLES, 20261209L, view -> {
			JsonNode tree = Storable.tree(view);
			if (tree == null) {
				return; // PlatformResponses refuses an answer that is not JSON before any mapping
			}
			Storable.mapping(() -> {
				List<io.dandelion.channels.InboundItem> items = new ArrayList<>();
				var notified = PostMapping.notification(tree);
				if (notified != null) {
					items.add(notified);
				}
				items.add(PostMapping.post(tree, "did:plc:acme"));
				return items;
			}, IllegalStateException.class);
		});
	}

	static Gen<byte[]> views() {
		return Hostile.objects(VIEW).map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).flatMap(Hostile::mutations);
	}
}
