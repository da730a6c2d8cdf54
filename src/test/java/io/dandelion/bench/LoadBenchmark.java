package io.dandelion.bench;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.simulator.SimulatedTraffic;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load on a running Dandelion (bench/load.sh): one or two application processes on one fresh PostgreSQL
 * database with the demo organisation and its polled simulator channels; the bench pushes simulator
 * traffic at a steady rate through the REST ingest into the demo countries' accounts while simulated
 * agents (HTTP clients signed in with a session and CSRF like a browser) work their country's queue as
 * the workspace does: list the inbox, take the next conversation, open it, reply, resolve. It measures
 * items/s, the time from receipt to the conversation waiting in a queue, the latency of every operation,
 * errors, heap and RSS, and then steps the rate up to find the highest rate held with p99 under a second.
 * With two nodes it also checks that no conversation is held by two agents at once, that replies made on
 * one node reach the other node's live stream, and that each channel poll was made by exactly one node.
 * Not part of the test suite.
 */
public final class LoadBenchmark {

	static final String SECRET = "load-" + UUID.randomUUID();

	/** The demo's care agents, copied into the simulated agents: their country, unit grants, team and languages. */
	static final List<String> TEMPLATES = List.of("fr.agent", "be.agent", "es.agent", "de.agent", "pl.agent", "eg.agent");

	static final Map<String, String> REPLIES = Map.of("fr", "Merci pour votre message, nous regardons cela tout de suite.",
			"be", "Bedankt voor uw bericht, we bekijken het meteen.", "es",
			"Gracias por su mensaje, lo revisamos enseguida.", "de",
			"Danke für Ihre Nachricht, wir kümmern uns sofort darum.", "pl",
			"Dziękujemy za wiadomość, zaraz się tym zajmiemy.", "eg", "شكرا لرسالتك، سنتابع الأمر فورا.");

	final Config config;
	final Metrics metrics = new Metrics();
	final List<App> nodes = new ArrayList<>();
	final List<Channel> channels = new ArrayList<>();
	final Map<String, UUID> queues = new LinkedHashMap<>();
	/** Roots of conversations the bench sent: external id to the nanoTime its delivery started. */
	final Map<String, Long> pendingRoots = new ConcurrentHashMap<>();
	final Map<String, Long> sentRoots = new ConcurrentHashMap<>();
	final Map<String, Integer> rootStep = new ConcurrentHashMap<>();
	/** Conversations held right now according to what the server told the agents: conversation to agent. */
	final Map<String, String> holding = new ConcurrentHashMap<>();
	final AtomicLong doubleHandouts = new AtomicLong();
	/** Replies acknowledged: conversation to (node index, nanoTime the reply was sent). */
	final Map<String, long[]> replies = new ConcurrentHashMap<>();
	final List<LiveWatcher> watchers = new ArrayList<>();
	LoadSampler sampler;
	volatile boolean stopping;
	/** The live streams are read until the checks are done, after the agents stopped. */
	volatile boolean watching = true;
	volatile double rate;
	volatile int step;
	final long origin = System.nanoTime();

	LoadBenchmark(Config config) {
		this.config = config;
	}

	public static void main(String[] args) throws Exception {
		var bench = new LoadBenchmark(Config.read());
		try {
			bench.run();
		}
		finally {
			bench.stopping = true;
			for (App app : bench.nodes) {
				app.stop();
			}
		}
		System.exit(0);
	}

	void run() throws Exception {
		String loadBefore = Machine.uptime();
		System.out.printf("load before: %s%n", loadBefore);
		for (int n = 0; n < config.nodes; n++) {
			App app = new App(n, config);
			app.start();
			nodes.add(app); // stopped at the end even if it never answers
			app.awaitUp(); // one after the other: the first migrates the database and seeds the demo organisation
		}
		String[] agentNames;
		try (Connection db = config.connect()) {
			agentNames = Setup.agents(db, config.agents);
			Setup.channels(db, channels, nodes);
			Setup.queues(db, queues);
		}
		var admin = new LoadWeb(this, nodes.get(0), "hub.admin");
		admin.signIn();
		for (Channel channel : channels) {
			admin.putJson("/api/v1/channels/" + channel.id, "{\"credentials\": {\"webhook_secret\": \"" + SECRET + "\"}}");
		}
		for (App node : nodes) {
			var watcher = new LiveWatcher(this, node);
			watchers.add(watcher);
			watcher.start();
		}
		var agents = new ArrayList<LoadAgent>();
		for (int i = 0; i < agentNames.length; i++) {
			agents.add(new LoadAgent(this, nodes.get(i % nodes.size()), agentNames[i], i < config.liveAgents));
		}
		agents.parallelStream().forEach(LoadAgent::signIn);
		sampler = new LoadSampler(this);
		sampler.start();
		var visibility = new RoutedWatcher(this);
		visibility.start();
		rate = config.rate;
		var ingest = new LoadIngest(this);
		ingest.start();
		agents.forEach(LoadAgent::start);

		List<String> report = new ArrayList<>();
		if (config.warmupSeconds() > 0) { // the JIT, the demo sites' first publication and the first polls settle
			report.add(phase("warm-up (not a result)", config.rate, config.warmupSeconds(), ingest, sampler, visibility));
		}
		report.add(phase("steady", config.rate, config.durationSeconds, ingest, sampler, visibility));
		if (!config.steps.isEmpty()) {
			for (double stepRate : config.steps) {
				String line = phase("step " + stepRate + "/s", stepRate, config.stepSeconds, ingest, sampler, visibility);
				report.add(line);
				if (metrics.lastPhaseBroke) {
					break;
				}
			}
		}
		rate = 0;
		stopping = true;
		for (LoadAgent agent : agents) {
			agent.join(30_000);
		}
		ingest.join(30_000);
		Thread.sleep(config.settleSeconds * 1000L);
		visibility.stop = true;
		String loadAfter = Machine.uptime();
		try (Connection db = config.connect()) {
			report.add(LoadChecks.all(this, db));
		}
		watching = false;
		System.out.printf("%n=== Dandelion load benchmark: %d node(s), %d agents (%d with a live stream) ===%n", config.nodes,
				agentNames.length, Math.min(config.liveAgents, agentNames.length));
		System.out.printf("load before: %s%nload after:  %s%n", loadBefore, loadAfter);
		report.forEach(System.out::println);
	}

	/** Runs the ingest at {@code itemsPerSecond} for a while and reports what was measured in that time. */
	String phase(String name, double itemsPerSecond, int seconds, LoadIngest ingest, LoadSampler sampler, RoutedWatcher visibility)
			throws Exception {
		metrics.reset();
		sampler.reset();
		step++;
		rate = itemsPerSecond;
		String loadStart = Machine.uptime();
		long sentBefore = ingest.sent.get();
		long start = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		long sent = ingest.sent.get() - sentBefore;
		double elapsed = (System.nanoTime() - start) / 1e9;
		// what was sent near the end of the phase still counts for it: wait a little for it to be routed
		Thread.sleep(Math.min(15, config.settleSeconds) * 1000L);
		String loadEnd = Machine.uptime();
		return metrics.report(name, itemsPerSecond, sent / elapsed, elapsed, sampler, loadStart, loadEnd, step, this);
	}

	long now() {
		return System.nanoTime();
	}

	/** The settings, from system properties set by bench/load.sh. */
	record Config(String jar, String db, int nodes, int basePort, int agents, int liveAgents, double rate,
			int durationSeconds, List<Double> steps, int stepSeconds, int thinkMillis, int simulatorRate, String heap,
			int pool, int settleSeconds, String keys, int warmupSeconds) {

		static Config read() {
			String steps = System.getProperty("bench.steps", "");
			return new Config(System.getProperty("bench.jar"), System.getProperty("bench.db"),
					Integer.getInteger("bench.nodes", 1), Integer.getInteger("bench.port", 18100),
					Integer.getInteger("bench.agents", 200), Integer.getInteger("bench.live-agents", 200),
					Double.parseDouble(System.getProperty("bench.rate", "10")), Integer.getInteger("bench.duration", 600),
					steps.isBlank() ? List.of() : Arrays.stream(steps.split(",")).map(Double::parseDouble).toList(),
					Integer.getInteger("bench.step-seconds", 90), Integer.getInteger("bench.think-ms", 3000),
					Integer.getInteger("bench.simulator-rate", 20), System.getProperty("bench.heap", "1g"),
					Integer.getInteger("bench.pool", 20), Integer.getInteger("bench.settle", 20),
					System.getProperty("bench.keys"), Integer.getInteger("bench.warmup", 60));
		}

		Connection connect() throws Exception {
			return DriverManager.getConnection(db, "postgres", "");
		}
	}

	/** A demo country's simulated account, fed by the bench through the REST ingest besides its own polling. */
	static final class Channel {

		final UUID id;
		final String country;
		final SimulatedTraffic traffic;
		final RestIngest[] clients;
		long next;

		Channel(UUID id, String country, List<String> languages, int seed, List<App> nodes) {
			this.id = id;
			this.country = country;
			this.traffic = new SimulatedTraffic(7000L + seed, languages);
			this.clients = nodes.stream()
				.map(node -> new RestIngest(URI.create(node.url("/api/v1/channels/" + id + "/items")), SECRET))
				.toArray(RestIngest[]::new);
		}
	}

	/** One application process. */
	static final class App {

		final int index;
		final int port;
		final Config config;
		Process process;

		App(int index, Config config) {
			this.index = index;
			this.port = config.basePort + index;
			this.config = config;
		}

		String url(String path) {
			return "http://127.0.0.1:" + port + path;
		}

		void start() throws Exception {
			List<String> command = new ArrayList<>(List.of("java", "-Xmx" + config.heap, "-XX:+UseParallelGC", "-jar",
					config.jar, "--server.port=" + port, "--dandelion.db.url=" + config.db, "--dandelion.db.user=postgres",
					"--dandelion.db.max-pool-size=" + config.pool, "--dandelion.channels.keys=" + config.keys,
					"--dandelion.demo.enabled=true", "--dandelion.simulator.enabled=true",
					"--dandelion.simulator.rate-per-minute=" + config.simulatorRate, "--logging.level.root=WARN",
					"--spring.main.banner-mode=off"));
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/load-node-" + index + ".log")))
				.start();
		}

		void awaitUp() throws Exception {
			long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(Integer.getInteger("bench.start-minutes", 12));
			var http = java.net.http.HttpClient.newHttpClient();
			while (System.nanoTime() < until) {
				if (!process.isAlive()) {
					throw new IllegalStateException("node " + index + " stopped; see target/load-node-" + index + ".log");
				}
				try {
					var answer = http.send(java.net.http.HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
							java.net.http.HttpResponse.BodyHandlers.ofString());
					if (answer.statusCode() == 200) {
						return;
					}
				}
				catch (java.io.IOException notYet) {
					// still starting
				}
				Thread.sleep(1000);
			}
			throw new IllegalStateException("node " + index + " did not start in time (bench.start-minutes)");
		}

		void stop() throws Exception {
			if (process != null && process.isAlive()) {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
	}

	/** What the bench prepares in the database the application made: agents copied from the demo's. */
	static final class Setup {

		static String[] agents(Connection db, int count) throws Exception {
			Map<String, UUID> templates = new LinkedHashMap<>();
			try (var rows = db.createStatement()
				.executeQuery("select username, id from members where username in ('"
						+ String.join("','", TEMPLATES) + "')")) {
				while (rows.next()) {
					templates.put(rows.getString(1), rows.getObject(2, UUID.class));
				}
			}
			String[] names = new String[count];
			db.setAutoCommit(false);
			for (int i = 0; i < count; i++) {
				String template = TEMPLATES.get(i % TEMPLATES.size());
				UUID from = templates.get(template);
				UUID id = UUID.randomUUID();
				String name = "load." + template.substring(0, 2) + "." + i;
				names[i] = name;
				update(db, """
						insert into members (id, username, display_name, password_hash, enabled, home_unit_id)
						select ?, ?, ?, password_hash, true, home_unit_id from members where id = ?""", id, name,
						"Load agent " + i, from);
				update(db, "insert into member_languages select ?, language, level from member_languages where member_id = ?",
						id, from);
				update(db, "insert into team_members select team_id, ?, capacity from team_members where member_id = ?", id,
						from);
				update(db, "insert into role_grants (member_id, role, unit_id) select ?, role, unit_id from role_grants where member_id = ?",
						id, from);
			}
			db.commit();
			db.setAutoCommit(true);
			return names;
		}

		/** The demo's simulated accounts of the countries with agents, in the languages the demo gave them. */
		static void channels(Connection db, List<Channel> channels, List<App> nodes) throws Exception {
			Map<String, List<String>> languages = Map.of("fr", List.of("fr", "en"), "be", List.of("fr", "nl"), "es",
					List.of("es", "ca"), "de", List.of("de", "tr"), "pl", List.of("pl", "uk"), "eg", List.of("ar", "en"));
			try (var rows = db.createStatement().executeQuery("""
					select c.id, u.code from channel c join units u on u.id = c.unit_id
					where c.platform = 'simulator' order by u.code""")) {
				int seed = 0;
				while (rows.next()) {
					String country = rows.getString(2);
					if (languages.containsKey(country)) {
						channels.add(new Channel(rows.getObject(1, UUID.class), country, languages.get(country), seed++, nodes));
					}
				}
			}
		}

		static void queues(Connection db, Map<String, UUID> queues) throws Exception {
			long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (true) {
				try (var rows = db.createStatement().executeQuery("""
						select u.code, q.id from routing_queue q join teams t on t.id = q.team_id join units u on u.id = t.unit_id
						where t.kind = 'CARE_HELPERS' and q.role = 'TEAM'""")) {
					while (rows.next()) {
						queues.put(rows.getString(1), rows.getObject(2, UUID.class));
					}
				}
				if (queues.keySet().containsAll(List.of("fr", "be", "es", "de", "pl", "eg")) || System.nanoTime() > until) {
					return;
				}
				Thread.sleep(1000);
			}
		}

		static void update(Connection db, String sql, Object... params) throws Exception {
			try (PreparedStatement statement = db.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				statement.executeUpdate();
			}
		}
	}

	/** Latency histograms per operation (microseconds) and error counts, for the current phase. */
	static final class Metrics {

		final Map<String, Histogram> operations = new ConcurrentHashMap<>();
		final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		final Map<String, String> lastError = new ConcurrentHashMap<>();
		/** Receipt to queue per phase, by the phase in which the conversation's first item was sent. */
		final Map<Integer, Histogram> visible = new ConcurrentHashMap<>();
		volatile Histogram live = histogram();
		final AtomicLong takes = new AtomicLong();
		final AtomicLong empty = new AtomicLong();
		final AtomicLong resolved = new AtomicLong();
		boolean lastPhaseBroke;

		static Histogram histogram() {
			return new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(30), 3);
		}

		void reset() {
			operations.clear();
			errors.clear();
			lastError.clear();
			live = histogram();
			takes.set(0);
			empty.set(0);
			resolved.set(0);
		}

		void record(String operation, long nanos) {
			operations.computeIfAbsent(operation, o -> histogram()).recordValue(Math.max(1, nanos / 1000));
		}

		void error(String operation, String what) {
			errors.computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
			lastError.put(operation, what.length() > 300 ? what.substring(0, 300) : what);
		}

		static String ms(Histogram h, double percentile) {
			return h.getTotalCount() == 0 ? "-" : String.format("%,.0f", h.getValueAtPercentile(percentile) / 1000.0);
		}

		String report(String name, double target, double sentRate, double elapsed, LoadSampler sampler, String loadStart,
				String loadEnd, int step, LoadBenchmark bench) {
			var out = new StringBuilder();
			out.append(String.format("%n--- %s: %.0f s at %.1f items/s asked, %.1f items/s sent through the REST ingest ---%n",
					name, elapsed, target, sentRate));
			out.append(String.format("load at start: %s%nload at end:   %s%n", loadStart, loadEnd));
			long roots = bench.rootStep.values().stream().filter(s -> s == step).count();
			Histogram visible = this.visible.computeIfAbsent(step, s -> histogram());
			long seen = visible.getTotalCount();
			out.append(String.format(
					"receipt -> waiting in a queue (ms): p50 %s  p99 %s  max %s  (%,d of %,d new conversations sent in this phase were routed to a queue)%n",
					ms(visible, 50), ms(visible, 99), ms(visible, 100), seen, roots));
			out.append(String.format("reply on a node -> heard on every node's live stream (ms): p50 %s  p99 %s  (%,d)%n",
					ms(live, 50), ms(live, 99), live.getTotalCount()));
			out.append(String.format("agents: %,d conversations taken, %,d resolved, %,d 'take next' found nothing%n",
					takes.get(), resolved.get(), empty.get()));
			out.append("operation        count      p50 ms   p99 ms   max ms   errors\n");
			long worstP99 = visible.getTotalCount() == 0 ? 0 : visible.getValueAtPercentile(99);
			long errorCount = 0;
			for (var entry : new java.util.TreeMap<>(operations).entrySet()) {
				Histogram h = entry.getValue();
				long failed = errors.getOrDefault(entry.getKey(), new AtomicLong()).get();
				errorCount += failed;
				worstP99 = Math.max(worstP99, h.getValueAtPercentile(99));
				out.append(String.format("%-14s %,8d %9s %8s %8s %8d%n", entry.getKey(), h.getTotalCount(), ms(h, 50),
						ms(h, 99), ms(h, 100), failed));
			}
			for (var entry : errors.entrySet()) {
				if (!operations.containsKey(entry.getKey())) {
					errorCount += entry.getValue().get();
					out.append(String.format("%-14s %8s %9s %8s %8s %8d%n", entry.getKey(), "-", "-", "-", "-",
							entry.getValue().get()));
				}
			}
			lastError.forEach((op, what) -> out.append("  last error of ").append(op).append(": ").append(what).append('\n'));
			out.append(sampler.summary());
			lastPhaseBroke = worstP99 > 1_000_000 || errorCount > 0;
			out.append(String.format("held (every p99 under 1 s, no error): %s%n", lastPhaseBroke ? "NO" : "yes"));
			return out.toString();
		}
	}

	/** The machine's load, as uptime prints it. */
	static final class Machine {

		static String uptime() {
			try {
				var process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
				String text = new String(process.getInputStream().readAllBytes()).trim();
				process.waitFor();
				return text;
			}
			catch (Exception e) {
				return "unknown";
			}
		}

		static long rssKb(long pid) {
			try {
				return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
					.stream()
					.filter(line -> line.startsWith("VmRSS"))
					.map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
					.findFirst()
					.orElse(0L);
			}
			catch (Exception e) {
				return 0;
			}
		}

		/** User and system CPU time of a process, in clock ticks (100 per second on Linux). */
		static long cpuTicks(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (Exception e) {
				return 0;
			}
		}
	}

	static List<InboundItem> renamed(List<InboundItem> items, String prefix) {
		Instant now = Instant.now();
		return items.stream()
			.map(item -> new InboundItem(prefix + item.externalId(), item.kind(), item.direction(),
					item.threadExternalId() == null ? null : prefix + item.threadExternalId(),
					item.parentExternalId() == null ? null : prefix + item.parentExternalId(), item.author(), item.text(),
					now, item.attachments(), item.metadata()))
			.collect(Collectors.toList());
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static long jitter(int millis) {
		return millis / 2 + ThreadLocalRandom.current().nextInt(Math.max(1, millis));
	}

	static long single(Connection db, String sql) throws Exception {
		try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
