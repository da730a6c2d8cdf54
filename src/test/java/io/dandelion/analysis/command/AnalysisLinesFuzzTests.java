package io.dandelion.analysis.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dandelion.analysis.TextAnalyzer;
import io.dandelion.support.Gen;
import io.dandelion.support.Hostile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code analyze} command's input lines, spoilt every way: each gets exactly one output line that is
 * a JSON object (its analysis, or why it was refused), within seconds, and the command goes on.
 */
class AnalysisLinesFuzzTests {

	static final AnalysisLines LINES = new AnalysisLines(TextAnalyzer.forLanguages(List.of("en", "fr", "ar")));

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String[]> INPUT = List.of(new String[] { "id", "1" },
			new String[] { "text", "\"Mon internet ne marche pas, appelez-moi au 06 12 34 56 78\"" },
			new String[] { "country", "\"FR\"" }, new String[] { "channel", "\"facebook\"" });

	static final int LINES_TRIED = 300;
	/** Texts stay short: analysis is superlinear on long runs without spaces (docs/reliability.md, open). */
	static final int LONGEST = 1000;

	@Test
	void everyLineGetsOneJsonAnswer() {
		Hostile.check(lines(), LINES_TRIED, 20261213L, AnalysisLinesFuzzTests::answersWithOneJsonLine);
	}

	static void answersWithOneJsonLine(String line) {
		long start = System.nanoTime();
		AnalysisLines.Answer answer = LINES.answer(7, line);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(answer.line()).doesNotContain("\n", "\r");
		JsonNode out = JSON.readTree(answer.line());
		assertThat(out.isObject()).isTrue();
		assertThat(out.has(answer.rejected() ? "error" : "language")).as(answer.line()).isTrue();
	}

	static Gen<String> lines() {
		return Hostile.spoilt(Hostile.objects(INPUT, LONGEST), LONGEST)
			.map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replaceAll("[\r\n]", " "));
	}
}
