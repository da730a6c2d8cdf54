package io.dandelion.conversations.ingest;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562): a millisecond timestamp followed by random bits. New rows then land at
 * the right-hand end of the primary key index instead of all over it, which keeps bulk inserts fast.
 */
final class TimeOrderedIds {

	private TimeOrderedIds() {
	}

	static UUID next() {
		var random = ThreadLocalRandom.current();
		long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}
}
