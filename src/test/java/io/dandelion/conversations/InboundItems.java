package io.dandelion.conversations;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Fixtures for items as channels deliver them. */
public final class InboundItems {

	private static final AtomicLong clock = new AtomicLong(Instant.parse("2026-11-01T08:00:00Z").getEpochSecond());

	private InboundItems() {
	}

	/** A customer's comment under some post. */
	public static InboundItem anyComment() {
		return commentOn("post-" + unique(), "comment-" + unique());
	}

	/** A customer's top-level comment under {@code post}. */
	public static InboundItem commentOn(String post, String id) {
		return item(id, Kind.COMMENT, post, post, anyAuthor(), "Where is my order? " + id);
	}

	/** A reply to {@code parent} in the comments under {@code post}. */
	public static InboundItem replyTo(String post, String parent, String id) {
		return item(id, Kind.COMMENT, post, parent, anyAuthor(), "Same here. " + id);
	}

	/** A direct message in thread {@code thread}. */
	public static InboundItem directMessage(String thread, String id, Author author) {
		return item(id, Kind.DIRECT_MESSAGE, thread, null, author, "Hello, it is me again " + id);
	}

	public static InboundItem item(String id, Kind kind, String thread, String parent, Author author, String text) {
		return new InboundItem(id, kind, Direction.INBOUND, thread, parent, author, text,
				Instant.ofEpochSecond(clock.incrementAndGet()), List.of(), Map.of("source", "fixture"));
	}

	public static Author anyAuthor() {
		String id = unique();
		return new Author("author-" + id, "@user" + id, "User " + id);
	}

	/** {@code count} comments by several authors under a few posts, replies included. */
	public static List<InboundItem> traffic(String prefix, int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> item(prefix + "-" + i, Kind.COMMENT, prefix + "-post-" + (i % 7), prefix + "-post-" + (i % 7),
					new Author("author-" + (i % 13), "@a" + (i % 13), "Author " + (i % 13)), "Comment number " + i))
			.toList();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
