package io.dandelion.channels.x;

import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import io.dandelion.support.Storable;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** X's mentions answer, spoilt every way: storable posts, or a MALFORMED failure the poller reports. */
class TweetMappingFuzzTests {

	static final List<String[]> TWEET = List.of(new String[] { "id", "\"1795\"" }, new String[] { "author_id", "\"42\"" },
			new String[] { "text", "\"@acme my bill is wrong\"" }, new String[] { "created_at", "\"2026-12-03T10:15:30.000Z\"" },
			new String[] { "conversation_id", "\"1790\"" }, new String[] { "in_reply_to_user_id", "\"7\"" },
			new String[] { "referenced_tweets", "[{\"type\":\"replied_to\",\"id\":\"1790\"}]" });

	static final List<String[]> USER = List.of(new String[] { "id", "\"42\"" }, new String[] { "username", "\"ana\"" },
			new String[] { "name", "\"Ana\"" });

	static final int SAMPLES = 600;

	@Test
	void anyAnswerBecomesStorablePostsOrAMalformedFailure() {
		Hostile.check(answers(), SAMPLES, 20261207L, answer -> {
			JsonNode tree = Storable.tree(answer);
			if (tree == null) {
				return; // PlatformResponses refuses an answer that is not JSON before any mapping
			}
			Storable.mapping(() -> TweetMapping.items(tree, "7"), PlatformException.class);
		});
	}

	static Gen<byte[]> answers() {
		return Hostile.objects(TWEET)
			.list(4)
			.flatMap(tweets -> Hostile.objects(USER).list(3).map(users -> "{\"data\":[" + String.join(",", tweets)
					+ "],\"includes\":{\"users\":[" + String.join(",", users) + "]}}"))
			.map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.flatMap(Hostile::mutations);
	}
}
