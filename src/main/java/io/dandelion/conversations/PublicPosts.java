package io.dandelion.conversations;

import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest public posts of a unit's own accounts, for showing on the unit's website. Only what the
 * organisation itself posted in public (outbound posts, never a comment, direct message or e-mail, never
 * anything a customer wrote) on the channels the unit owns, so nothing here is personal data of customers
 * and no caller scope is needed: it is as public as the platforms already made it.
 */
@Component
public class PublicPosts {

	/** The most posts one call returns. */
	public static final int MAX = 20;

	private final JdbcClient jdbc;

	PublicPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} (at most {@link #MAX}) of the unit's own public posts, newest first. */
	public List<PublicPost> latest(UnitId unit, int limit) {
		return jdbc.sql("""
				select c.platform, m.body, m.metadata ->> 'url', m.created_at
				from message m join conversation c on c.id = m.conversation_id
				where m.kind = 'POST' and m.direction = 'OUTBOUND' and c.unit_id = :unit
				  and c.kind in ('PUBLIC_THREAD', 'COMMENT_THREAD') and c.platform <> 'site'
				order by m.created_at desc, m.id desc limit :limit""")
			.param("unit", unit.value())
			.param("limit", Math.max(0, Math.min(limit, MAX)))
			.query((rs, n) -> new PublicPost(rs.getString(1), rs.getString(2), publicUrl(rs.getString(3)),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	private static @Nullable String publicUrl(@Nullable String url) {
		return url != null && url.startsWith("https://") ? url : null;
	}

	/** One public post: its platform (lower case), text, its https address on the platform when known, and time. */
	public record PublicPost(String platform, String text, @Nullable String url, Instant at) {
	}
}
