package io.dandelion.analysis.command;

import io.dandelion.analysis.TextAnalyzer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code analyze}: reads JSON lines, writes one line of analysis per input line in the same order, on
 * every core, holding a bounded number of lines in memory however long the input is.
 */
public final class AnalyzeCommand {

	/** Every line analysed. */
	public static final int OK = 0;

	/** Some lines were refused; their output lines say why. */
	public static final int SOME_LINES_REJECTED = 1;

	/** The arguments or the input file cannot be used. */
	public static final int UNUSABLE = 2;

	private AnalyzeCommand() {
	}

	/** Runs the command with the arguments after {@code analyze}; returns the exit status. */
	public static int run(List<String> args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
		AnalyzeOptions options;
		try {
			options = AnalyzeOptions.parse(args);
		}
		catch (IllegalArgumentException unusable) {
			stderr.println("analyze: " + unusable.getMessage());
			stderr.println("Run 'analyze --help' for the usage.");
			return UNUSABLE;
		}
		if (options.help()) {
			stderr.println(AnalyzeOptions.USAGE);
			return OK;
		}
		var lines = new AnalysisLines(TextAnalyzer.forLanguages(options.languages()));
		try (BufferedReader in = new BufferedReader(reader(options, stdin), 1 << 16);
				Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16)) {
			long rejected = new OrderedBatches(lines, options.threads()).run(in, out);
			if (rejected > 0) {
				stderr.println("analyze: " + rejected + " line(s) rejected; their output lines carry \"error\".");
				return SOME_LINES_REJECTED;
			}
			return OK;
		}
		catch (UncheckedIOException | IOException failed) {
			stderr.println("analyze: input or output failed: " + failed.getMessage());
			return UNUSABLE;
		}
	}

	private static Reader reader(AnalyzeOptions options, InputStream stdin) throws IOException {
		var utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		InputStream source = options.in() == null ? stdin : Files.newInputStream(options.in());
		return new InputStreamReader(source, utf8);
	}
}
