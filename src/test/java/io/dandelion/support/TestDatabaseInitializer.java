package io.dandelion.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every test application context at its own fresh schema: on the PostgreSQL named by
 * {@code DANDELION_TEST_DB_URL}, else the one on 127.0.0.1:5432 when it answers, else an embedded
 * one in a temporary directory. The schema is dropped when the context closes.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String url = serverUrl();
		properties.put("dandelion.db.schema", schema);
		// the background work of a running instance is off unless a test's own properties switch it on
		// (the channels module's DemoTrafficTests runs the demo with its simulator and poller)
		Map<String, Object> off = new HashMap<>();
		off.put("dandelion.demo.enabled", "false");
		off.put("dandelion.simulator.enabled", "false");
		// tests poll channels themselves, with pollers they make (see the channels module's PollingTests)
		off.put("dandelion.polling.enabled", "false");
		// and renew channel tokens themselves (see the channels module's ConnectAccountTests)
		off.put("dandelion.channels.token-renewal.enabled", "false");
		PropertySource<?> own = context.getEnvironment().getPropertySources()
			.get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
		off.forEach((name, value) -> {
			if (own == null || !own.containsProperty(name)) {
				properties.put(name, value);
			}
		});
		if (url != null) {
			String user = System.getenv().getOrDefault("DANDELION_TEST_DB_USER", "postgres");
			String password = System.getenv().getOrDefault("DANDELION_TEST_DB_PASSWORD", "");
			properties.put("dandelion.db.url", url);
			properties.put("dandelion.db.user", user);
			properties.put("dandelion.db.password", password);
			// more connections than the pipeline's eight listener threads can hold, so that a test's own work
			// (two pollers, say) never waits for a busy pipeline on a loaded machine
			properties.put("dandelion.db.max-pool-size", "12");
			// cached test contexts of several builds share one server: hold one idle connection each, not eight
			properties.put("dandelion.db.min-idle", "1");
			properties.put("dandelion.db.idle-timeout-millis", "10000");
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent) {
					dropSchema(url, user, password, schema);
				}
			});
		}
		else {
			properties.put("dandelion.db.url", "");
			properties.put("dandelion.db.embedded-directory", temporaryDirectory());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	static String serverUrl() {
		String configured = System.getenv("DANDELION_TEST_DB_URL");
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
			return LOCAL_URL;
		}
		catch (IOException e) {
			return null;
		}
	}

	private static String temporaryDirectory() {
		try {
			return Files.createTempDirectory("dandelion-test-pg").toString();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot create a directory for the embedded test database", e);
		}
	}

	private static void dropSchema(String url, String user, String password, String schema) {
		try (var connection = DriverManager.getConnection(url, user, password);
				var statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (Exception e) {
			// a schema left behind costs disk, not correctness: every context uses a fresh one
		}
	}
}
