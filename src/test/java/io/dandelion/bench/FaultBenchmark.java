package io.dandelion.bench;

import io.dandelion.DandelionApplication;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.CredentialVault;
import io.dandelion.channels.simulator.SimulatedTraffic;
import io.dandelion.support.TestDatabaseInitializer;
import java.io.File;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Faults during ingest, with a private PostgreSQL (bench/faults.sh starts it): a source pushes the traffic
 * simulator's items through the REST ingest into Dandelion running as its own process, resending a batch
 * until it is acknowledged; meanwhile the application is killed with SIGKILL and started again, then
 * PostgreSQL is restarted in immediate mode. At the end every item must be stored exactly once, and the
 * pipeline must have moderated every inbound message by itself. Not part of the test suite.
 */
public final class FaultBenchmark {

	static final String SECRET = "faults-" + UUID.randomUUID();

	public static void main(String[] args) throws Exception {
		int total = Integer.getInteger("bench.items", 20_000);
		int batchSize = Integer.getInteger("bench.batch", 200);
		String jar = System.getProperty("bench.jar");
		String url = System.getProperty("bench.db");
		String[] restartDatabase = System.getProperty("bench.pg-restart").split(" ");
		int port = Integer.getInteger("bench.port", 18090);
		List<String> appArgs = List.of("--dandelion.db.url=" + url, "--dandelion.db.user=postgres",
				"--dandelion.channels.keys=" + System.getProperty("bench.keys"), "--dandelion.simulator.enabled=false",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");

		ChannelId channel = connectChannel(appArgs);
		var app = new App(jar, appArgs, port);
		app.start();
		var client = new RestIngest(URI.create("http://127.0.0.1:" + port + "/api/v1/channels/" + channel + "/items"), SECRET);
		var traffic = new SimulatedTraffic(20261203L, List.of("fr", "en", "nl", "de", "es", "ar"));
		AtomicLong sent = new AtomicLong();
		List<String> faults = new ArrayList<>();
		long start = System.nanoTime();
		long retries = 0;
		long longestOutageMillis = 0;
		for (long from = 0; from < total; from += batchSize) {
			// the batch that crosses a third of the way (a batch boundary rarely falls on it exactly)
			if (from <= total / 3 && total / 3 < from + batchSize) {
				faults.add(app.kill());
				app.start(); // in the background: the client keeps resending until it answers
			}
			if (from <= 2L * total / 3 && 2L * total / 3 < from + batchSize) {
				faults.add(restart(restartDatabase));
			}
			long outage = System.nanoTime();
			while (true) {
				try {
					client.deliver(traffic.batch(from, (int) Math.min(batchSize, total - from)));
					break;
				}
				catch (Exception down) {
					retries++;
					Thread.sleep(250);
				}
			}
			if (from > 0) { // the first batch waits for the application's first start
				longestOutageMillis = Math.max(longestOutageMillis, (System.nanoTime() - outage) / 1_000_000);
			}
			sent.addAndGet(Math.min(batchSize, total - from));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			long rows = single(db, "select count(*) from message where channel_id = '" + channel + "'");
			long distinct = single(db, "select count(distinct external_id) from message where channel_id = '" + channel + "'");
			long inbound = single(db, "select count(*) from message where channel_id = '" + channel + "' and direction = 'INBOUND'");
			long moderated = awaitModerated(db, channel, inbound, Duration.ofMinutes(Integer.getInteger("bench.settle-minutes", 10)));
			long stuck = single(db, "select count(*) from event_publication where completion_date is null");
			System.out.printf("""

					=== Dandelion fault benchmark (REST ingest while the application and PostgreSQL fail) ===
					items sent:          %,d in batches of %d, acknowledged every one (%d resends) in %.1f s
					faults:              %s
					longest outage:      %,d ms seen by the source (a batch resent until acknowledged)
					stored:              %,d message rows, %,d distinct ids (lost: %d, duplicated: %d)
					moderated:           %,d of %,d inbound messages; incomplete event publications left: %d
					""", sent.get(), batchSize, retries, seconds, String.join("; ", faults), longestOutageMillis, rows,
					distinct, total - distinct, rows - distinct, moderated, inbound, stuck);
			if (rows != total || distinct != total) {
				throw new IllegalStateException("ingest lost or duplicated items under faults");
			}
		}
		finally {
			app.stop();
		}
	}

	/** A webhook channel in the demo's France, made once with the application in this process. */
	private static ChannelId connectChannel(List<String> appArgs) {
		List<String> args = new ArrayList<>(appArgs);
		args.add("--server.port=0");
		args.add("--dandelion.polling.enabled=false");
		var builder = new SpringApplicationBuilder(DandelionApplication.class);
		// the test classes are on the class path (the simulator's traffic); their spring.factories would send this
		// context to a fresh schema of the shared test database, with the demo off, instead of the private server
		builder.application().setInitializers(builder.application().getInitializers().stream()
			.filter(initializer -> !(initializer instanceof TestDatabaseInitializer))
			.toList());
		try (var context = builder.run(args.toArray(String[]::new))) {
			var jdbc = context.getBean(JdbcClient.class);
			UUID unit = jdbc.sql("select id from units where code = 'fr'").query(UUID.class).single();
			UUID team = jdbc.sql("select id from teams where unit_id = ? and kind = 'COMMUNITY' limit 1").param(unit)
				.query(UUID.class)
				.single();
			ChannelId channel = ChannelId.random();
			jdbc.sql("insert into channel (id, unit_id, owner_team_id, platform, handle) values (?, ?, ?, 'webhook', ?)")
				.params(channel.value(), unit, team, "faults-" + channel)
				.update();
			context.getBean(CredentialVault.class).store(channel, Map.of("webhook_secret", SECRET));
			return channel;
		}
	}

	private static String restart(String[] command) throws Exception {
		long start = System.nanoTime();
		int status = new ProcessBuilder(command).inheritIO().start().waitFor();
		return "PostgreSQL restarted in immediate mode (exit " + status + ", " + (System.nanoTime() - start) / 1_000_000
				+ " ms)";
	}

	private static long awaitModerated(Connection db, ChannelId channel, long inbound, Duration limit) throws Exception {
		long until = System.nanoTime() + limit.toNanos();
		long moderated;
		do {
			Thread.sleep(2000);
			moderated = single(db, "select count(*) from moderation_decision where channel_id = '" + channel + "'");
		}
		while (moderated < inbound && System.nanoTime() < until);
		return moderated;
	}

	private static long single(Connection db, String sql) throws Exception {
		try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Dandelion as its own process, killed without warning when asked. */
	private static final class App {

		private final List<String> command = new ArrayList<>();
		private final int port;
		private Process process;

		App(String jar, List<String> args, int port) {
			command.addAll(List.of("java", "-Xmx768m", "-jar", jar, "--server.port=" + port));
			command.addAll(args);
			this.port = port;
		}

		void start() throws Exception {
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/faults-app.log")))
				.start();
		}

		String kill() throws Exception {
			long pid = process.pid();
			process.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hook, no draining
			return "application (pid " + pid + ") killed with SIGKILL mid-ingest and started again";
		}

		void stop() throws Exception {
			process.destroy();
			process.waitFor();
		}

		@Override
		public String toString() {
			return "Dandelion on port " + port;
		}
	}
}
