package io.dandelion.analysis.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The application's main class runs {@code analyze} in its own process, without starting Spring. */
class AnalyzeProcessTests {

	@Test
	void theMainClassRunsAnalyzeWithoutSpring() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.dandelion.DandelionApplication",
				"analyze", "--languages", "en,fr")
			.start();
		try (var stdin = process.getOutputStream()) {
			stdin.write("{\"id\":1,\"text\":\"Bonjour, merci pour votre aide\"}\nnot json\n".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.exitValue()).isEqualTo(AnalyzeCommand.SOME_LINES_REJECTED);
		assertThat(out).hasSize(2);
		assertThat(out.get(0)).startsWith("{\"id\":1,\"language\":\"fr\"");
		assertThat(out.get(1)).contains("\"line\":2", "\"error\":\"line 2 is not JSON");
		assertThat(err).contains("1 line(s) rejected").doesNotContain("Spring", "Started", "INFO");
	}
}
