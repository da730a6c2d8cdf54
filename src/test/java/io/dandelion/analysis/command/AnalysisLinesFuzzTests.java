package io.dandelion.analysis.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
 * a JSON object (its analysis, or why it was refused), and the command goes on. Texts go up to 120,000
 * characters (more than ingest accepts), in the shapes that made analysis quadratic before 8aad1b6; the
 * time limit only guards against a hang, it is not a speed test (docs/performance.md has those).
 */
class AnalysisLinesFuzzTests {

	static final AnalysisLines LINES = new AnalysisLines(TextAnalyzer.forLanguages(List.of("en", "fr", "ar")));

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String[]> INPUT = List.of(new String[] { "id", "1" },
			new String[] { "text", "\"Mon internet ne marche pas, appelez-moi au 06 12 34 56 78\"" },
			new String[] { "country", "\"FR\"" }, new String[] { "channel", "\"facebook\"" });

	static final int LINES_TRIED = 300;
	/** Longest hostile string in the spoilt lines; {@link #HUGE_LINES} lines carry 100,000 characters or more. */
	static final int LONGEST = 20_000;
	static final int HUGE_LINES = 24;
	/** Far above what a line takes (well under a second for 100,000 characters here): only a hang fails. */
	static final Duration HANG = Duration.ofMinutes(2);

	@Test
	void everyLineGetsOneJsonAnswer() {
		Hostile.check(lines(), LINES_TRIED, 20261213L, AnalysisLinesFuzzTests::answersWithOneJsonLine);
	}

	@Test
	void aLineOfOneHundredThousandCharactersGetsItsAnswerToo() {
		Gen<String> huge = Gen.combine(Hostile.huge(), Gen.oneOf(Gen.just("FR"), Gen.just("EG"), Gen.just("")),
				(text, country) -> "{\"id\":1,\"text\":" + Hostile.quoted(text) + ",\"country\":\"" + country + "\"}");
		Hostile.check(huge, HUGE_LINES, 20261214L, AnalysisLinesFuzzTests::answersWithOneJsonLine);
	}

	static void answersWithOneJsonLine(String line) {
		AnalysisLines.Answer answer = assertTimeoutPreemptively(HANG, () -> LINES.answer(7, line),
				() -> "no answer within " + HANG + " (a hang) to " + Hostile.preview(line));
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
