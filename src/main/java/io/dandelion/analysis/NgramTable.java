package io.dandelion.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One language's letter n-grams (1 to 5 letters) and the natural logarithm of their probability, read from
 * the model files that ship inside Lingua's jar. Lingua holds them in maps of boxed strings; here an n-gram
 * is a 64-bit hash (see {@link #extend}) kept as a 32-bit fingerprint in an open-addressing table of
 * primitive arrays, about 8 bytes an n-gram, and the files are scanned as bytes without building a string.
 */
final class NgramTable {

	/** What {@link #logProbability} answers for an n-gram the language never showed (a logarithm is never positive). */
	static final float ABSENT = 1f;

	static final int LONGEST = 5;

	private static final String[] FILES = { "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams" };

	private static final long SEED = 0x9E3779B97F4A7C15L;

	private final int[] fingerprints;

	private final float[] values;

	private int size;

	private NgramTable(int expected) {
		int capacity = Math.max(16, (int) (expected * 1.4));
		this.fingerprints = new int[capacity];
		this.values = new float[capacity];
	}

	/** The hash of an n-gram one letter longer than the one {@code hash} stands for (start with {@link #start}). */
	static long extend(long hash, char letter) {
		long h = (hash ^ letter) * 0xBF58476D1CE4E5B9L;
		return h ^ (h >>> 31);
	}

	static long start() {
		return SEED;
	}

	/** The logarithm of the n-gram's probability, or {@link #ABSENT}. */
	float logProbability(long hash) {
		int fingerprint = fingerprint(hash);
		int slot = slot(hash);
		while (true) {
			int found = fingerprints[slot];
			if (found == fingerprint) {
				return values[slot];
			}
			if (found == 0) {
				return ABSENT;
			}
			slot = slot + 1 == fingerprints.length ? 0 : slot + 1;
		}
	}

	int size() {
		return size;
	}

	/** Reads the five model files of a language (ISO 639-1 in lower case); a missing file is an order Lingua has no data for. */
	static NgramTable load(String language) {
		byte[][] files = new byte[LONGEST][];
		int expected = 0;
		for (int i = 0; i < LONGEST; i++) {
			files[i] = read("/language-models/" + language + "/" + FILES[i] + ".json");
			expected += countNgrams(files[i]);
		}
		NgramTable table = new NgramTable(expected);
		for (byte[] file : files) {
			new ModelFile(file, table).scan();
		}
		return table;
	}

	/** Every n-gram is followed by a space or by the quote that ends its group, and every group follows a colon. */
	private static int countNgrams(byte[] file) {
		int count = 0;
		for (byte b : file) {
			if (b == ' ' || b == ':') {
				count++;
			}
		}
		return count;
	}

	private static byte[] read(String resource) {
		try (InputStream in = NgramTable.class.getResourceAsStream(resource)) {
			return in == null ? new byte[0] : in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	private void put(long hash, float value) {
		int fingerprint = fingerprint(hash);
		int slot = slot(hash);
		while (fingerprints[slot] != 0 && fingerprints[slot] != fingerprint) {
			slot = slot + 1 == fingerprints.length ? 0 : slot + 1;
		}
		if (fingerprints[slot] == 0) {
			size++;
		}
		fingerprints[slot] = fingerprint;
		values[slot] = value;
	}

	private static int fingerprint(long hash) {
		int fingerprint = (int) hash;
		return fingerprint == 0 ? 1 : fingerprint;
	}

	private int slot(long hash) {
		return (int) (((hash >>> 32) * fingerprints.length) >>> 32);
	}

	/**
	 * Lingua's model file: {@code {"language":"GERMAN","ngrams":{"426/3451":"cca","2/5":"čsa båd",...}}}, a
	 * probability as a fraction followed by the n-grams that have it, separated by spaces.
	 */
	private static final class ModelFile {

		private final byte[] bytes;

		private final NgramTable table;

		private int at;

		ModelFile(byte[] bytes, NgramTable table) {
			this.bytes = bytes;
			this.table = table;
		}

		void scan() {
			if (bytes.length == 0) {
				return;
			}
			at = indexOf("\"ngrams\":{") + 10;
			while (bytes[at] == '"') {
				at++;
				double numerator = number();
				at++; // '/'
				double denominator = number();
				at += 3; // '":"'
				float value = (float) Math.log(numerator / denominator);
				ngrams(value);
				at++; // closing quote
				if (bytes[at] == ',') {
					at++;
				}
			}
		}

		private void ngrams(float value) {
			long hash = start();
			while (true) {
				int b = bytes[at] & 0xFF;
				if (b == '"' || b == ' ') {
					table.put(hash, value);
					hash = start();
					if (b == '"') {
						return;
					}
					at++;
					continue;
				}
				int codePoint;
				if (b < 0x80) {
					codePoint = b;
					at++;
				}
				else if (b < 0xE0) {
					codePoint = (b & 0x1F) << 6 | bytes[at + 1] & 0x3F;
					at += 2;
				}
				else if (b < 0xF0) {
					codePoint = (b & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F;
					at += 3;
				}
				else {
					codePoint = (b & 0x07) << 18 | (bytes[at + 1] & 0x3F) << 12 | (bytes[at + 2] & 0x3F) << 6 | bytes[at + 3] & 0x3F;
					at += 4;
				}
				if (Character.isBmpCodePoint(codePoint)) {
					hash = extend(hash, (char) codePoint);
				}
				else {
					hash = extend(extend(hash, Character.highSurrogate(codePoint)), Character.lowSurrogate(codePoint));
				}
			}
		}

		private double number() {
			long n = 0;
			while (bytes[at] >= '0' && bytes[at] <= '9') {
				n = n * 10 + bytes[at++] - '0';
			}
			return n;
		}

		private int indexOf(String marker) {
			byte[] m = marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			outer: for (int i = 0; i <= bytes.length - m.length; i++) {
				for (int j = 0; j < m.length; j++) {
					if (bytes[i + j] != m[j]) {
						continue outer;
					}
				}
				return i;
			}
			throw new IllegalStateException("not a Lingua model file: no \"ngrams\" object");
		}
	}
}
