package io.dandelion.channels.youtube;

import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import io.dandelion.support.Storable;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A YouTube comment thread, spoilt every way: storable comments, or a MALFORMED failure the poller reports. */
class CommentMappingFuzzTests {

	static final String SNIPPET = "{\"authorChannelId\":{\"value\":\"UCana\"},\"authorDisplayName\":\"Ana\","
			+ "\"textOriginal\":\"great video\",\"publishedAt\":\"2026-12-03T10:15:30Z\",\"updatedAt\":\"2026-12-03T10:15:30Z\","
			+ "\"parentId\":\"top1\",\"moderationStatus\":\"published\"}";

	static final List<String[]> COMMENT = List.of(new String[] { "id", "\"top1\"" }, new String[] { "snippet", SNIPPET });

	static final int SAMPLES = 600;

	@Test
	void anyThreadBecomesStorableCommentsOrAMalformedFailure() {
		Hostile.check(threads(), SAMPLES, 20261210L, thread -> {
			JsonNode tree = Storable.tree(thread);
			if (tree == null) {
				return; // PlatformResponses refuses an answer that is not JSON before any mapping
			}
			Storable.mapping(() -> CommentMapping.thread(tree, "UCacme"), PlatformException.class);
		});
	}

	static Gen<byte[]> threads() {
		Gen<String> comment = Hostile.objects(COMMENT);
		return comment.flatMap(top -> comment.list(3)
			.map(replies -> "{\"snippet\":{\"videoId\":\"vid1\",\"topLevelComment\":" + top + "},\"replies\":{\"comments\":["
					+ String.join(",", replies) + "]}}"))
			.map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.flatMap(Hostile::mutations);
	}
}
