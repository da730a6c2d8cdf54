package io.dandelion.channels.simulator;

import io.dandelion.channels.InboundItem;
import java.time.Instant;
import java.util.List;

/**
 * The traffic simulator's items for the benchmark: item {@code n} of one seeded account in the given
 * languages, created 10 ms after item {@code n - 1}, so that any slice of the stream is the same
 * whatever batches it is cut into (the REST run and the raw COPY run write the same rows).
 */
public final class SimulatedTraffic {

	public static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	private final TrafficGenerator generator;

	public SimulatedTraffic(long seed, List<String> languages) {
		this.generator = new TrafficGenerator(Phrasebook.load(), seed, languages);
	}

	/** Items {@code from} to {@code from + size - 1}. */
	public List<InboundItem> batch(long from, int size) {
		return generator.items(from, from + size, at(from), at(from + size - 1));
	}

	private static Instant at(long n) {
		return START.plusMillis(n * 10);
	}
}
