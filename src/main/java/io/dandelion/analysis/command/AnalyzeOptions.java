package io.dandelion.analysis.command;

import io.dandelion.analysis.TextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the command line asked for: input file (null for stdin), languages (empty for all), threads. */
record AnalyzeOptions(@Nullable Path in, Set<String> languages, int threads, boolean help) {

	static final String USAGE = """
			Usage: java -jar dandelion.jar analyze [--in FILE] [--languages fr,nl,...] [--threads N]
			Reads JSON lines {"id":..,"text":..,"country":..,"channel":..} from FILE or standard input and writes
			one JSON line of analysis per input line, in the same order, to standard output.
			  --in FILE         read FILE instead of standard input
			  --languages LIST  choose among these ISO 639-1 codes only (default: every language Lingua knows)
			  --threads N       analyse on N threads (default: one per core)
			Exit status: 0 every line analysed, 1 some lines rejected (their output line says why),
			2 unusable arguments or input file.""";

	/** Parses the arguments after {@code analyze}; a problem is an {@link IllegalArgumentException} with a sentence. */
	static AnalyzeOptions parse(List<String> args) {
		Path in = null;
		Set<String> languages = Set.of();
		int threads = Runtime.getRuntime().availableProcessors();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--help", "-h" -> {
					return new AnalyzeOptions(null, Set.of(), 1, true);
				}
				case "--in" -> in = readable(valueOf(args, ++i, arg));
				case "--languages" -> languages = languages(valueOf(args, ++i, arg));
				case "--threads" -> threads = threads(valueOf(args, ++i, arg));
				default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'.");
			}
		}
		return new AnalyzeOptions(in, languages, threads, false);
	}

	private static String valueOf(List<String> args, int index, String option) {
		if (index >= args.size() || args.get(index).startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value.");
		}
		return args.get(index);
	}

	private static Path readable(String file) {
		Path path = Path.of(file);
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("Cannot read '" + file + "': no such file.");
		}
		if (!Files.isReadable(path)) {
			throw new IllegalArgumentException("Cannot read '" + file + "': permission denied.");
		}
		return path;
	}

	private static Set<String> languages(String list) {
		Set<String> known = TextAnalyzer.knownLanguages();
		Set<String> languages = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : list.split(",")) {
			String language = code.strip().toLowerCase(Locale.ROOT);
			if (language.isEmpty()) {
				continue;
			}
			(known.contains(language) ? languages : unknown).add(language);
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown language code(s) " + String.join(", ", unknown)
					+ " in --languages: give ISO 639-1 codes of languages Lingua knows (" + String.join(",", known) + ").");
		}
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("--languages needs at least one ISO 639-1 code, such as fr,nl.");
		}
		return languages;
	}

	private static int threads(String value) {
		try {
			int threads = Integer.parseInt(value);
			if (threads >= 1 && threads <= 256) {
				return threads;
			}
		}
		catch (NumberFormatException notANumber) {
			// told below
		}
		throw new IllegalArgumentException("--threads needs a whole number from 1 to 256, not '" + value + "'.");
	}
}
