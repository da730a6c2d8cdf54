package io.dandelion.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a broken or hostile client sends, as seeded generators shared by the fuzz tests: strings with NUL,
 * lone surrogates, control and bidirectional characters, markup and injection attempts, oversized and
 * deeply nested values; byte sequences that are not UTF-8; valid payloads truncated, flipped and spliced.
 * {@link #check} runs a property over a fixed number of samples and names the seed and sample that failed.
 */
public final class Hostile {

	/** Texts that have broken parsers, databases and pages somewhere. */
	public static final List<String> CORPUS = List.of("", " ", "\u0000", "a\u0000b", "\ud800", "\udfff", "x\ud83dy",
			"\u202eevil\u202c", "\ufeff", "\u200b\u200d", "\r\n\r\n", "\t", "\\", "\"", "'", "\\u0000", "%s%n%x",
			"${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}", "'; drop table message; --", "\" or 1=1 --", "null", "NaN", "-0",
			"1e99999", "99999999999999999999999999999999", "[]", "{}", "<script>window.__pwned=1</script>",
			"<img src=x onerror=window.__pwned=1>", "javascript:window.__pwned=1", "<svg onload=window.__pwned=1>",
			"&lt;script&gt;", "%3Cscript%3E", "\u00e9\u0301", "\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
			"\u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d", "../../etc/passwd", "C:\\Windows\\win.ini",
			"2026-02-30T25:61:61Z", "0000-00-00T00:00:00Z", "+999999999-12-31T23:59:59Z", "-1", "1.5", "true");

	private static final List<byte[]> NOT_UTF8 = List.of(new byte[] { (byte) 0xff }, new byte[] { (byte) 0xc0, (byte) 0xaf },
			new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
			new byte[] { (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xe2, (byte) 0x82 },
			new byte[] { 0 }, new byte[] { (byte) 0xfe, (byte) 0xff });

	private static final char[] TRICKY = { '\0', '\u202e', '\ud800', '\udc00', '\ufeff', '"', '\\', '<', '>', '&', '\n',
			'\r', 'a', '/' };

	private Hostile() {
	}

	/** Any string a client might put in a field: short noise, the corpus, markup and values up to 120,000 characters. */
	public static Gen<String> strings() {
		return strings(120_000);
	}

	/**
	 * Like {@link #strings()} with oversized values up to {@code maxLength}: the endpoint tests keep them below
	 * what the pipeline's analysis takes long over (docs/reliability.md), the parsers' tests go far beyond.
	 */
	public static Gen<String> strings(int maxLength) {
		return Gen.<String>weighted()
			.or(4, Hostile::noise)
			.or(4, Gen.of(CORPUS))
			.or(2, random -> {
				char[] chars = new char[random.nextInt(61)];
				for (int i = 0; i < chars.length; i++) {
					chars[i] = TRICKY[random.nextInt(TRICKY.length)];
				}
				return new String(chars);
			})
			.or(1, Gen.between(Math.min(200, maxLength), maxLength).map("x"::repeat))
			.or(1, Gen.of(CORPUS).list(6).map(parts -> String.join("", parts)));
	}

	/**
	 * Texts of 100,000 to 120,000 characters in the shapes that make text scanners slow: one character
	 * repeated (letter, accented letter, digit, {@code @}, space), two-character patterns that look like the
	 * start of an address or a URL again and again ({@code a@}, {@code a.}, {@code :/}), random characters
	 * from the whole UTF-16 range, words separated by spaces, and the corpus over and over.
	 */
	public static Gen<String> huge() {
		Gen<Integer> length = Gen.between(100_000, 120_000);
		return Gen.<String>weighted()
			.or(2, Gen.combine(Gen.of(List.of("x", "\u00e9", "1", "@", " ", "\ud83d\ude00", "\u0645")), length,
					(unit, n) -> unit.repeat(n / unit.length())))
			.or(2, Gen.combine(Gen.of(List.of("a@", "a.", ":/", "<a", "&#", "\\u")), length,
					(unit, n) -> unit.repeat(n / unit.length())))
			.or(1, Gen.combine(length, Gen.between(0, 1_000_000), (n, seed) -> {
				var random = new java.util.Random(seed);
				char[] chars = new char[n];
				for (int i = 0; i < n; i++) {
					chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : "ab@.-_ 1".charAt(random.nextInt(8));
				}
				return new String(chars);
			}))
			.or(1, length.map(n -> "Mon internet ne marche pas ".repeat(n / 27)))
			.or(1, length.map(n -> String.join("", CORPUS).repeat(n / String.join("", CORPUS).length())));
	}

	/** Up to 40 characters from anywhere in the UTF-16 range, ASCII more often. */
	private static String noise(java.util.Random random) {
		char[] chars = new char[random.nextInt(41)];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = random.nextBoolean() ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
		}
		return new String(chars);
	}

	/** A JSON value of any type, hostile strings (up to {@code maxLength}) included, sometimes nested far too deep. */
	public static Gen<String> jsonValues(int maxLength) {
		return Gen.<String>weighted()
			.or(6, strings(maxLength).map(Hostile::quoted))
			.or(2, Gen.of(List.of("null", "true", "false", "0", "-1", "1e308", "1e999", "-0.0", "123456789012345678901234567890",
					"[]", "{}", "[null]", "{\"\":\"\"}")))
			.or(1, Gen.between(1, 3000).map(depth -> "[".repeat(depth) + "]".repeat(depth)))
			.or(1, Gen.between(1, 3000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)))
			.or(1, Gen.between(1, 200).map(n -> "[" + "\"x\",".repeat(n) + "\"x\"]"));
	}

	/**
	 * A JSON object with the fields given, each kept with its valid value (most often), given a hostile
	 * value, left out or repeated; sometimes with a stray field, in a shuffled order.
	 */
	public static Gen<String> objects(List<String[]> fieldsAndValidValues) {
		return objects(fieldsAndValidValues, 120_000);
	}

	/** Like {@link #objects(List)} with hostile strings up to {@code maxLength} characters. */
	public static Gen<String> objects(List<String[]> fieldsAndValidValues, int maxLength) {
		Gen<String> stray = Gen.combine(Gen.of(CORPUS), jsonValues(maxLength), (name, value) -> quoted(name) + ":" + value);
		Gen<String> hostile = jsonValues(maxLength);
		return random -> {
			List<String> fields = new java.util.ArrayList<>();
			for (String[] field : fieldsAndValidValues) {
				int fate = random.nextInt(20);
				if (fate < 14) {
					fields.add(quoted(field[0]) + ":" + field[1]);
				}
				else if (fate < 18) {
					fields.add(quoted(field[0]) + ":" + hostile.next(random));
				}
				else if (fate == 18) {
					fields.add(quoted(field[0]) + ":" + field[1]);
					fields.add(quoted(field[0]) + ":" + hostile.next(random));
				}
			}
			if (random.nextInt(8) == 0) {
				fields.add(stray.next(random));
			}
			if (random.nextInt(4) == 0) {
				java.util.Collections.shuffle(fields, random);
			}
			return "{" + String.join(",", fields) + "}";
		};
	}

	/** The valid payload, or one broken the ways networks and attackers break them. */
	public static Gen<byte[]> mutations(byte[] valid) {
		return mutations(valid, 120_000);
	}

	/** Like {@link #mutations(byte[])}, replacing the payload with strings up to {@code maxLength} at most. */
	public static Gen<byte[]> mutations(byte[] valid, int maxLength) {
		Gen<Integer> at = Gen.between(0, Math.max(0, valid.length - 1));
		return Gen.<byte[]>weighted()
			.or(1, Gen.just(valid))
			.or(2, at.map(n -> Arrays.copyOf(valid, n)))
			.or(2, random -> {
				byte[] copy = valid.clone();
				for (int flips = 1 + random.nextInt(8); flips > 0 && copy.length > 0; flips--) {
					copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
				}
				return copy;
			})
			.or(2, Gen.combine(Gen.of(NOT_UTF8), at, (bad, n) -> splice(valid, n, bad)))
			.or(1, random -> {
				byte[] noise = new byte[random.nextInt(301)];
				random.nextBytes(noise);
				return noise;
			})
			.or(1, strings(maxLength).map(s -> s.getBytes(StandardCharsets.UTF_8)));
	}

	/** A payload made by {@code readable}, then broken by {@link #mutations}. */
	public static Gen<byte[]> spoilt(Gen<String> readable) {
		return spoilt(readable, 120_000);
	}

	/** Like {@link #spoilt(Gen)} with replacement strings up to {@code maxLength}. */
	public static Gen<byte[]> spoilt(Gen<String> readable, int maxLength) {
		return readable.map(text -> text.getBytes(StandardCharsets.UTF_8)).flatMap(bytes -> mutations(bytes, maxLength));
	}

	/** Runs {@code property} on {@code count} samples; a failure names the seed and the sample that broke it. */
	public static <T> void check(Gen<T> generator, int count, long seed, Consumer<T> property) {
		var random = new java.util.Random(seed);
		for (int i = 0; i < count; i++) {
			T sample = generator.next(random);
			try {
				property.accept(sample);
			}
			catch (AssertionError | RuntimeException e) {
				throw new AssertionError("sample " + i + " of seed " + seed + " failed: " + preview(sample), e);
			}
		}
	}

	/** A JSON string literal of {@code text}, escaped as a lenient encoder would (lone surrogates kept). */
	public static String quoted(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c)) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** The start of a sample, readable in a failure message. */
	public static String preview(Object sample) {
		String text = sample instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(sample);
		return text.length() > 400 ? text.substring(0, 400) + "… (" + text.length() + " characters)" : text;
	}

	private static byte[] splice(byte[] valid, int at, byte[] inserted) {
		int cut = Math.min(at, valid.length);
		byte[] out = new byte[valid.length + inserted.length];
		System.arraycopy(valid, 0, out, 0, cut);
		System.arraycopy(inserted, 0, out, cut, inserted.length);
		System.arraycopy(valid, cut, out, cut + inserted.length, valid.length - cut);
		return out;
	}
}
