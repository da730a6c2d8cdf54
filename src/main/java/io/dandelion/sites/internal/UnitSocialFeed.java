package io.dandelion.sites.internal;

import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.List;

/**
 * The unit's latest public social posts, for the {@code {{social-feed}}} block. The conversations
 * module has no read API for outbound posts yet, so nothing implements this today and the block
 * renders a link-free "no posts yet" note; an implementation only needs to be a bean.
 */
public interface UnitSocialFeed {

	List<Post> latest(UnitId unit, int limit);

	/** One public post: platform (lower case), text, public URL if known, time. */
	record Post(String platform, String text, String url, Instant at) {
	}
}
