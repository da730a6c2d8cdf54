package io.dandelion.bench;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the language benchmark compares against: Lingua alone, on every language it knows (or on those
 * given as arguments) in high-accuracy mode, reading the same JSON lines as {@code analyze} and writing
 * {@code {"id","language"}} lines in order, on one thread per core.
 */
public final class LinguaBaseline {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LinguaBaseline() {
	}

	public static void main(String[] args) throws Exception {
		LanguageDetector detector = args.length == 0 ? LanguageDetectorBuilder.fromAllLanguages().build()
				: LanguageDetectorBuilder.fromIsoCodes639_1(isoCodes(args[0])).build();
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		var inFlight = new ArrayDeque<Future<String>>();
		try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
				Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
			List<String> batch = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				batch.add(line);
				if (batch.size() == 256) {
					inFlight.add(detect(pool, detector, batch));
					batch = new ArrayList<>();
					while (inFlight.size() >= 2 * threads) {
						out.write(inFlight.remove().get());
					}
				}
			}
			inFlight.add(detect(pool, detector, batch));
			while (!inFlight.isEmpty()) {
				out.write(inFlight.remove().get());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Future<String> detect(ExecutorService pool, LanguageDetector detector, List<String> lines) {
		return pool.submit(() -> {
			var answers = new StringBuilder();
			for (String line : lines) {
				JsonNode input = JSON.readTree(line);
				Language language = detector.detectLanguageOf(input.get("text").asString());
				String code = language == Language.UNKNOWN ? "und" : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
				var answer = JSON.createObjectNode();
				answer.set("id", input.get("id"));
				answer.put("language", code);
				answers.append(JSON.writeValueAsString(answer)).append('\n');
			}
			return answers.toString();
		});
	}

	private static com.github.pemistahl.lingua.api.IsoCode639_1[] isoCodes(String list) {
		return java.util.Arrays.stream(list.split(","))
			.map(code -> com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)))
			.toArray(com.github.pemistahl.lingua.api.IsoCode639_1[]::new);
	}
}
