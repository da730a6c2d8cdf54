package io.dandelion.analysis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Converts the n-gram model files of Lingua ({@code com.github.pemistahl:lingua}, Apache License 2.0) into
 * the table images {@link NgramTable#load} reads, once, when the application is built: Maven runs
 * {@link #main} in {@code process-classes} with Lingua on its class path (a test dependency: Lingua itself is
 * not in the application). Parsing Lingua's 200 MB of JSON took about half of {@code analyze}'s CPU time on
 * 20,000 texts; reading an image is a copy. Only the languages of scripts that several languages share get a
 * table: a script that one language writes decides without statistics ({@link LanguageDetection}). Public only
 * because Maven's exec plugin calls it; nothing in the application does.
 */
public final class NgramModels {

	private static final String[] FILES = { "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams" };

	private static final String STAMP = "SOURCE";

	private NgramModels() {
	}

	/** The languages that need a table. */
	static List<String> languages() {
		return Arrays.stream(Script.values())
			.filter(script -> script.languages().size() > 1)
			.flatMap(script -> script.languages().stream())
			.toList();
	}

	/**
	 * Writes {@code <language>.bin} for every language of {@link #languages()} into the directory given, unless
	 * the directory already holds the images of the same model files in the same layout.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: NgramModels <output directory>");
		}
		Path directory = Path.of(args[0]);
		URL source = NgramModels.class.getResource("/language-models/en/unigrams.json");
		if (source == null) {
			throw new IllegalStateException("Lingua's model files are not in the class path (com.github.pemistahl:lingua)");
		}
		String stamp = source.toString().replaceFirst("/language-models/.*", "") + " layout " + NgramTable.layout() + "\n";
		Path stampFile = directory.resolve(STAMP);
		if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)
				&& languages().stream().allMatch(language -> Files.exists(directory.resolve(language + ".bin")))) {
			return;
		}
		long started = System.nanoTime();
		Files.createDirectories(directory);
		Files.deleteIfExists(stampFile);
		languages().parallelStream().forEach(language -> write(language, directory));
		Files.writeString(stampFile, stamp);
		System.out.printf("n-gram tables of %d languages written to %s in %.1f s%n", languages().size(), directory,
				(System.nanoTime() - started) / 1e9);
	}

	private static void write(String language, Path directory) {
		Path target = directory.resolve(language + ".bin");
		try {
			NgramTable.Model table = fromLingua(language);
			Path partial = directory.resolve(language + ".bin.partial");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
				table.write(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target, e);
		}
	}

	/** A language's table from Lingua's five model files in the class path; an order without a file has no n-grams. */
	static NgramTable.Model fromLingua(String language) {
		byte[][] files = new byte[FILES.length][];
		int[] expected = new int[2];
		for (int i = 0; i < FILES.length; i++) {
			files[i] = read("/language-models/" + language + "/" + FILES[i] + ".json");
			expected[i < NgramTable.SHORT ? 0 : 1] += countNgrams(files[i]);
		}
		if (expected[0] == 0) {
			throw new IllegalStateException("Lingua has no model files for " + language);
		}
		var shortest = new NgramTable.Builder(expected[0]);
		var longest = new NgramTable.Builder(expected[1]);
		for (int i = 0; i < FILES.length; i++) {
			new ModelFile(files[i], i < NgramTable.SHORT ? shortest : longest).scan();
		}
		return new NgramTable.Model(shortest.build(), longest.build());
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
		try (InputStream in = NgramModels.class.getResourceAsStream(resource)) {
			return in == null ? new byte[0] : in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	/**
	 * Lingua's model file: {@code {"language":"GERMAN","ngrams":{"426/3451":"cca","2/5":"čsa båd",...}}}, a
	 * probability as a fraction followed by the n-grams that have it, separated by spaces.
	 */
	private static final class ModelFile {

		private final byte[] bytes;

		private final NgramTable.Builder table;

		private int at;

		ModelFile(byte[] bytes, NgramTable.Builder table) {
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
			long hash = NgramTable.start();
			while (true) {
				int b = bytes[at] & 0xFF;
				if (b == '"' || b == ' ') {
					table.put(hash, value);
					hash = NgramTable.start();
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
					hash = NgramTable.extend(hash, (char) codePoint);
				}
				else {
					hash = NgramTable.extend(NgramTable.extend(hash, Character.highSurrogate(codePoint)),
							Character.lowSurrogate(codePoint));
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
			byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
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
