package io.dandelion.channels.mastodon;

import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import io.dandelion.support.Storable;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A Mastodon status, spoilt every way: a storable item, or a MALFORMED failure the poller reports. */
class StatusMappingFuzzTests {

	static final List<String[]> STATUS = List.of(new String[] { "id", "\"1100\"" },
			new String[] { "account", "{\"id\":\"9\",\"acct\":\"ana@example.social\",\"display_name\":\"Ana\"}" },
			new String[] { "content", "\"<p>Hello <a href=\\\"x\\\">@acme</a><br>my bill</p>\"" },
			new String[] { "created_at", "\"2026-12-03T10:15:30.000Z\"" }, new String[] { "in_reply_to_id", "\"1000\"" },
			new String[] { "in_reply_to_account_id", "\"1\"" }, new String[] { "visibility", "\"public\"" },
			new String[] { "url", "\"https://example.social/@ana/1100\"" },
			new String[] { "media_attachments", "[{\"type\":\"image\",\"url\":\"https://x.test/a.png\"}]" });

	static final int SAMPLES = 600;

	@Test
	void anyStatusBecomesAStorableItemOrAMalformedFailure() {
		Hostile.check(statuses(), SAMPLES, 20261208L, status -> {
			JsonNode tree = Storable.tree(status);
			if (tree == null) {
				return; // PlatformResponses refuses an answer that is not JSON before any mapping
			}
			Storable.mapping(() -> List.of(StatusMapping.item(tree, "1", "1000")), PlatformException.class);
		});
	}

	static Gen<byte[]> statuses() {
		return Hostile.objects(STATUS).map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).flatMap(Hostile::mutations);
	}
}
