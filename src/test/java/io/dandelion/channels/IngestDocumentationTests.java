package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Runs the curl and openssl example of docs/ingest.md, as written, against the running application. */
@ChannelsTest
class IngestDocumentationTests {

	@LocalServerPort
	int port;

	@Autowired
	ChannelFixtures fixtures;

	@Test
	void theDocumentedExampleDeliversTwoItemsOnce() throws Exception {
		assumeTrue(onPath("curl") && onPath("openssl") && onPath("bash"), "curl, openssl and bash are needed");
		String script = example();
		ChannelId channel = fixtures.webhookChannel(fixtures.organisation(), "docs-secret-1");
		Map<String, String> env = Map.of("DANDELION_URL", "http://127.0.0.1:" + port, "CHANNEL", channel.toString(),
				"SECRET", "docs-secret-1");

		assertThat(run(script, env)).isEqualTo("{\"received\":2,\"stored\":2,\"duplicates\":0,\"deadLettered\":0}");
		assertThat(run(script, env)).isEqualTo("{\"received\":2,\"stored\":0,\"duplicates\":2,\"deadLettered\":0}");
	}

	private static String example() throws Exception {
		String doc = Files.readString(Path.of("docs/ingest.md"), StandardCharsets.UTF_8);
		Matcher block = Pattern.compile("<!-- example:start -->\\s*```sh\\n(.*?)```\\s*<!-- example:end -->", Pattern.DOTALL)
			.matcher(doc);
		assertThat(block.find()).as("docs/ingest.md holds the example between its markers").isTrue();
		return block.group(1);
	}

	private static String run(String script, Map<String, String> env) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}
}
