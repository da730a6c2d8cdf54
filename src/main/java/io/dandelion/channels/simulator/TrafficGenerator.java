package io.dandelion.channels.simulator;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Item {@code n} of a simulated account is a pure function of the account's seed and {@code n}: the
 * same cursor always yields the same items, so a poll repeated after a crash delivers duplicates that
 * the sink absorbs, never different traffic. About half the items open a thread (a public comment, a
 * mention or a direct message); the others answer one of the dozen items before them, in its thread
 * and mostly in its language. Authors are drawn from thousands per language.
 */
final class TrafficGenerator {

	private static final int REACH = 12;

	private static final int MAX_DEPTH = 40;

	private final Phrasebook phrases;

	private final long seed;

	private final List<String> languages;

	private final List<String> rare;

	/** @param languages the account's languages, most used first; rare ones come from the rest of the phrasebook */
	TrafficGenerator(Phrasebook phrases, long seed, List<String> languages) {
		this.phrases = phrases;
		this.seed = seed;
		this.languages = languages.stream().filter(phrases::knows).toList().isEmpty() ? List.of("en")
				: languages.stream().filter(phrases::knows).toList();
		this.rare = phrases.languages().stream().filter(l -> !this.languages.contains(l)).sorted().toList();
	}

	/** Items {@code from} (inclusive) to {@code to} (exclusive), created evenly between {@code start} and {@code end}. */
	List<InboundItem> items(long from, long to, Instant start, Instant end) {
		Map<Long, Long> roots = new HashMap<>();
		long span = Math.max(0, end.toEpochMilli() - start.toEpochMilli());
		return java.util.stream.LongStream.range(from, to)
			.mapToObj(n -> item(n, Instant.ofEpochMilli(start.toEpochMilli() + (to - from <= 1 ? span
					: span * (n - from) / (to - from - 1))), roots))
			.toList();
	}

	InboundItem item(long n, Instant createdAt, Map<Long, Long> roots) {
		Random random = random(n);
		Long parent = parent(n, random);
		long root = root(n, roots, 0);
		// a stream of its own: the root's first draws already decided that it opens a thread
		Random thread = new Random(mix(mix(seed) ^ (root * 31 + 7)));
		String language = language(thread);
		Kind kind = kind(thread);
		String category;
		if (parent != null && random.nextDouble() < 0.7) {
			category = "followup";
		}
		else {
			category = category(parent == null ? thread : random);
		}
		if (parent != null && random.nextDouble() < 0.15 && !rare.isEmpty()) {
			language = language(random); // someone answers in another language now and then
		}
		int authorNumber = parent != null && random.nextDouble() < 0.4 ? random(parent).nextInt(4000) : random.nextInt(4000);
		return new InboundItem(id(n), kind, Direction.INBOUND, id(root), parent == null ? null : id(parent),
				author(language, authorNumber), phrases.sentence(language, category, random), createdAt, List.of(),
				Map.of("simulated", "true"));
	}

	private @org.jspecify.annotations.Nullable Long parent(long n, Random random) {
		if (n == 0 || random.nextDouble() < 0.45) {
			return null;
		}
		return n - 1 - random.nextInt((int) Math.min(n, REACH));
	}

	private long root(long n, Map<Long, Long> roots, int depth) {
		Long known = roots.get(n);
		if (known != null) {
			return known;
		}
		Long parent = parent(n, random(n));
		long root = parent == null || depth > MAX_DEPTH ? n : root(parent, roots, depth + 1);
		roots.put(n, root);
		return root;
	}

	private String language(Random random) {
		double roll = random.nextDouble();
		if (roll < 0.08 && !rare.isEmpty()) {
			return rare.get(random.nextInt(rare.size()));
		}
		if (roll < 0.68 || languages.size() == 1) {
			return languages.get(0);
		}
		return languages.get(1 + random.nextInt(languages.size() - 1));
	}

	private static Kind kind(Random random) {
		double roll = random.nextDouble();
		return roll < 0.2 ? Kind.DIRECT_MESSAGE : roll < 0.35 ? Kind.MENTION : Kind.COMMENT;
	}

	private static String category(Random random) {
		double roll = random.nextDouble();
		return roll < 0.30 ? "complaint" : roll < 0.55 ? "question" : roll < 0.67 ? "praise" : roll < 0.77 ? "spam"
				: roll < 0.83 ? "abuse" : "chatter";
	}

	private Author author(String language, int number) {
		Random person = new Random(mix(seed ^ (language.hashCode() * 31L + number)));
		String name = phrases.pick(language, "name", person);
		String surname = phrases.pick(language, "surname", person);
		String handle = "@" + name.toLowerCase(Locale.ROOT).replace(' ', '_') + number;
		return new Author("sim-" + language + "-" + number, handle, name + " " + surname);
	}

	private Random random(long n) {
		return new Random(mix(seed * 0x9E3779B97F4A7C15L + n));
	}

	/** java.util.Random's first draws for neighbouring seeds are nearly equal: scatter the seeds first (MurmurHash3's finaliser). */
	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

	static String id(long n) {
		return "sim-" + n;
	}
}
