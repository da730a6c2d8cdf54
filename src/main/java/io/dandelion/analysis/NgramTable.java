package io.dandelion.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Letter n-grams of one language and the natural logarithm of their probability. An n-gram
 * is a 64-bit hash (see {@link #extend}) kept as a 32-bit fingerprint in an open-addressing table of
 * primitive arrays, with its log probability in thousandths in a {@code short} (6 bytes a slot). The
 * tables are built from Lingua's model files when the application is built ({@link NgramModels}) and ship
 * in the jar as images of these arrays ({@code /analysis/ngrams/<language>.bin}), so loading one is a copy.
 * A language has two: n-grams of 1 to 3 letters ({@link Model#shortest}, some 20,000, small enough for every
 * language's to stay in the processor's cache) and of 4 and 5 letters ({@link Model#longest}, hundreds of
 * thousands).
 */
final class NgramTable {

	/** What {@link #logProbability} answers for an n-gram the language never showed (a logarithm is never positive). */
	static final float ABSENT = 1f;

	static final int LONGEST = 5;

	/** The longest n-grams of {@link Model#shortest}. */
	static final int SHORT = 3;

	private static final long SEED = 0x9E3779B97F4A7C15L;

	/** Marks a table image, with the version of its layout. */
	private static final int MAGIC = 0x444E4732; // "DNG2"

	private final int[] fingerprints;

	/** Each slot's log probability in thousandths (a probability of 1e-14 is -32.2). */
	private final short[] values;

	private final int size;

	private static final float SCALE = 1000;

	private NgramTable(int[] fingerprints, short[] values, int size) {
		this.fingerprints = fingerprints;
		this.values = values;
		this.size = size;
	}

	/** The hash of an n-gram one letter longer than the one {@code hash} stands for (start with {@link #start}). */
	static long extend(long hash, char letter) {
		long h = (hash ^ letter) * 0xBF58476D1CE4E5B9L;
		return h ^ (h >>> 31);
	}

	static long start() {
		return SEED;
	}

	static long hash(CharSequence ngram) {
		long hash = start();
		for (int i = 0; i < ngram.length(); i++) {
			hash = extend(hash, ngram.charAt(i));
		}
		return hash;
	}

	/**
	 * A value that changes when {@link #extend} does: an image written with another hash function is
	 * refused rather than read as noise.
	 */
	static int hashCheck() {
		return (int) hash("dandelion\u00e9\u0436");
	}

	/** Names the layout of the images and the hash function: images of another layout must be written again. */
	static String layout() {
		return Integer.toHexString(MAGIC) + "/" + Integer.toHexString(hashCheck());
	}

	/** The logarithm of the n-gram's probability, or {@link #ABSENT}. */
	float logProbability(long hash) {
		int fingerprint = fingerprint(hash);
		int slot = slot(hash, fingerprints.length);
		while (true) {
			int found = fingerprints[slot];
			if (found == fingerprint) {
				return values[slot] / SCALE;
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

	/** A language's n-grams: 1 to {@link #SHORT} letters, and longer. */
	record Model(NgramTable shortest, NgramTable longest) {

		/** The log probability of an n-gram of {@code letters} letters, or {@link #ABSENT}. */
		float logProbability(long hash, int letters) {
			return (letters <= SHORT ? shortest : longest).logProbability(hash);
		}

		int size() {
			return shortest.size + longest.size;
		}

		void write(OutputStream out) throws IOException {
			shortest.write(out);
			longest.write(out);
		}
	}

	/** The model of a language (ISO 639-1 in lower case), from the image the build put in the jar. */
	static Model load(String language) {
		String resource = "/analysis/ngrams/" + language + ".bin";
		try (InputStream in = NgramTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no n-gram model " + resource
						+ " in the class path: the build writes it from Lingua's models (NgramModels, process-classes)");
			}
			return new Model(read(in), read(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	static NgramTable read(InputStream stream) throws IOException {
		var in = new DataInputStream(stream);
		if (in.readInt() != MAGIC || in.readInt() != hashCheck()) {
			throw new IOException("not an n-gram table image of this version");
		}
		int capacity = in.readInt();
		int size = in.readInt();
		int[] fingerprints = new int[capacity];
		short[] values = new short[capacity];
		byte[] chunk = new byte[1 << 16];
		for (int done = 0; done < capacity;) {
			int n = Math.min(chunk.length / Integer.BYTES, capacity - done);
			in.readFully(chunk, 0, n * Integer.BYTES);
			ByteBuffer.wrap(chunk, 0, n * Integer.BYTES).asIntBuffer().get(fingerprints, done, n);
			done += n;
		}
		for (int done = 0; done < capacity;) {
			int n = Math.min(chunk.length / Short.BYTES, capacity - done);
			in.readFully(chunk, 0, n * Short.BYTES);
			ByteBuffer.wrap(chunk, 0, n * Short.BYTES).asShortBuffer().get(values, done, n);
			done += n;
		}
		return new NgramTable(fingerprints, values, size);
	}

	void write(OutputStream stream) throws IOException {
		var out = new DataOutputStream(stream);
		out.writeInt(MAGIC);
		out.writeInt(hashCheck());
		out.writeInt(fingerprints.length);
		out.writeInt(size);
		ByteBuffer bytes = ByteBuffer.allocate(fingerprints.length * Integer.BYTES);
		bytes.asIntBuffer().put(fingerprints);
		out.write(bytes.array());
		bytes = ByteBuffer.allocate(values.length * Short.BYTES);
		bytes.asShortBuffer().put(values);
		out.write(bytes.array());
		out.flush();
	}

	private static int fingerprint(long hash) {
		int fingerprint = (int) hash;
		return fingerprint == 0 ? 1 : fingerprint;
	}

	private static int slot(long hash, int capacity) {
		return (int) (((hash >>> 32) * capacity) >>> 32);
	}

	/** Fills a table with n-grams (by hash) and their log probabilities. */
	static final class Builder {

		private final int[] fingerprints;

		private final short[] values;

		private int size;

		Builder(int expected) {
			int capacity = Math.max(16, (int) (expected * 1.4));
			this.fingerprints = new int[capacity];
			this.values = new short[capacity];
		}

		void put(long hash, float value) {
			long thousandths = Math.round(value * SCALE);
			if (thousandths > 0 || thousandths < Short.MIN_VALUE) {
				throw new IllegalArgumentException("log probability out of range: " + value);
			}
			int fingerprint = fingerprint(hash);
			int slot = slot(hash, fingerprints.length);
			while (fingerprints[slot] != 0 && fingerprints[slot] != fingerprint) {
				slot = slot + 1 == fingerprints.length ? 0 : slot + 1;
			}
			if (fingerprints[slot] == 0) {
				if (size + 1 >= fingerprints.length) {
					throw new IllegalStateException("n-gram table full: more n-grams than announced");
				}
				size++;
			}
			fingerprints[slot] = fingerprint;
			values[slot] = (short) thousandths;
		}

		NgramTable build() {
			return new NgramTable(fingerprints, values, size);
		}
	}
}
