package io.dandelion.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every 5 s: each node's resident memory (/proc), CPU time and heap in use (its Prometheus endpoint,
 * read as hub.admin), the events the pipeline has not finished, and the backlog of the queues. Every
 * second: each simulated channel's polling state (lease holder, last poll and by which node, cursor), so
 * that every poll can be told apart and attributed to the node that made it.
 */
final class LoadSampler extends Thread {

	private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+-]+)",
			Pattern.MULTILINE);

	private static final Pattern ACTIVE = Pattern.compile("^hikaricp_connections_active\\{[^}]*\\} ([0-9.eE+-]+)",
			Pattern.MULTILINE);

	private final LoadBenchmark bench;
	private final List<LoadWeb> admins = new ArrayList<>();
	private final Map<Integer, Stats> rss = new ConcurrentHashMap<>();
	private final Map<Integer, Stats> heap = new ConcurrentHashMap<>();
	private final Map<Integer, Stats> cpu = new ConcurrentHashMap<>();
	private final Map<Integer, Stats> connections = new ConcurrentHashMap<>();
	private final Stats unfinishedEvents = new Stats();
	private final Stats waiting = new Stats();
	private final long[] lastTicks;
	private long lastSample;
	/** Every poll seen: channel to (last_polled_at, node), in the order seen. */
	final Map<UUID, Map<String, String>> polls = new ConcurrentHashMap<>();
	final Map<UUID, List<String>> leaseHolders = new ConcurrentHashMap<>();
	final Map<UUID, String> cursors = new ConcurrentHashMap<>();
	final Map<UUID, String> firstCursors = new ConcurrentHashMap<>();

	LoadSampler(LoadBenchmark bench) {
		super("sampler");
		setDaemon(true);
		this.bench = bench;
		for (LoadBenchmark.App node : bench.nodes) {
			var admin = new LoadWeb(bench, node, "hub.admin");
			admin.signIn();
			admins.add(admin);
		}
		lastTicks = new long[bench.nodes.size()];
	}

	/** A running summary of samples. */
	static final class Stats {

		double max;
		double sum;
		long count;

		synchronized void add(double value) {
			max = Math.max(max, value);
			sum += value;
			count++;
		}

		synchronized String text(String unit, double divisor) {
			return count == 0 ? "-" : String.format("mean %,.0f %s, max %,.0f %s", sum / count / divisor, unit, max / divisor,
					unit);
		}
	}

	void reset() {
		rss.clear();
		heap.clear();
		cpu.clear();
		connections.clear();
		synchronized (unfinishedEvents) {
			unfinishedEvents.max = unfinishedEvents.sum = unfinishedEvents.count = 0;
		}
		synchronized (waiting) {
			waiting.max = waiting.sum = waiting.count = 0;
		}
	}

	String summary() {
		var out = new StringBuilder();
		for (LoadBenchmark.App node : bench.nodes) {
			out.append(String.format("node %d: RSS %s; heap used %s; CPU %s; DB connections in use %s%n", node.index,
					rss.getOrDefault(node.index, new Stats()).text("MB", 1024), heap.getOrDefault(node.index, new Stats())
						.text("MB", 1024 * 1024),
					cpu.getOrDefault(node.index, new Stats()).text("% of a core", 1),
					connections.getOrDefault(node.index, new Stats()).text("", 1)));
		}
		out.append(String.format("pipeline events not finished: %s; conversations waiting in queues: %s%n",
				unfinishedEvents.text("", 1), waiting.text("", 1)));
		return out.toString();
	}

	@Override
	public void run() {
		try (Connection db = bench.config.connect()) {
			long tick = 0;
			while (!bench.stopping) {
				samplePolling(db);
				if (tick++ % 5 == 0) {
					sample(db);
				}
				LoadBenchmark.pause(1000);
			}
		}
		catch (Exception e) {
			bench.metrics.error("sampler", e.toString());
		}
	}

	private void sample(Connection db) throws Exception {
		long now = System.nanoTime();
		for (LoadBenchmark.App node : bench.nodes) {
			long pid = node.process.pid();
			rss.computeIfAbsent(node.index, n -> new Stats()).add(LoadBenchmark.Machine.rssKb(pid));
			long ticks = LoadBenchmark.Machine.cpuTicks(pid);
			if (lastSample != 0) {
				double seconds = (now - lastSample) / 1e9;
				cpu.computeIfAbsent(node.index, n -> new Stats()).add((ticks - lastTicks[node.index]) / seconds);
			}
			lastTicks[node.index] = ticks;
			LoadWeb.Answer metrics = admins.get(node.index).get("prometheus (sampler)", "/actuator/prometheus");
			heap.computeIfAbsent(node.index, n -> new Stats()).add(sum(HEAP, metrics.body()));
			connections.computeIfAbsent(node.index, n -> new Stats()).add(sum(ACTIVE, metrics.body()));
		}
		lastSample = now;
		unfinishedEvents.add(LoadBenchmark.single(db, "select count(*) from event_publication where completion_date is null"));
		waiting.add(LoadBenchmark.single(db, "select count(*) from routing_item where state = 'QUEUED'"));
	}

	private static double sum(Pattern pattern, String text) {
		double total = 0;
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			total += Double.parseDouble(matcher.group(1));
		}
		return total;
	}

	private void samplePolling(Connection db) throws Exception {
		try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
				select id, lease_owner, last_polled_at, last_polled_by, poll_cursor from channel
				where platform = 'simulator'""")) {
			while (rows.next()) {
				UUID channel = rows.getObject(1, UUID.class);
				String lease = rows.getString(2);
				if (lease != null) {
					List<String> holders = leaseHolders.computeIfAbsent(channel, c -> new ArrayList<>());
					if (holders.isEmpty() || !holders.get(holders.size() - 1).equals(lease)) {
						holders.add(lease);
					}
				}
				String polledAt = rows.getString(3);
				if (polledAt != null) {
					polls.computeIfAbsent(channel, c -> new LinkedHashMap<>()).putIfAbsent(polledAt, rows.getString(4));
				}
				if (rows.getString(5) != null) {
					firstCursors.putIfAbsent(channel, rows.getString(5));
					cursors.put(channel, rows.getString(5));
				}
			}
		}
	}
}
