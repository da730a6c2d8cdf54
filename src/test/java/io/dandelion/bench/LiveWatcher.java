package io.dandelion.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A workspace page's live stream ({@code /workspace/live}, server-sent events), read line by line. The
 * watchers (hub.admin, one per node, who may see every conversation) are told of each reply before it is
 * sent and time the first {@code conversation} event for that conversation heard after it; what is still
 * expected at the end is a lost live update. An agent's own stream only counts what it hears.
 */
final class LiveWatcher extends Thread {

	private final LoadBenchmark bench;
	private final LoadWeb web;
	private final boolean watcher;
	/** Conversation to the nanoTime its reply was sent, while no event for it has been heard since. */
	final Map<String, Long> expected = new ConcurrentHashMap<>();
	final AtomicLong heard = new AtomicLong();
	final AtomicLong reconnects = new AtomicLong();

	LiveWatcher(LoadBenchmark bench, LoadBenchmark.App node) {
		this(bench, new LoadWeb(bench, node, "hub.admin"), true);
	}

	LiveWatcher(LoadBenchmark bench, LoadWeb web, boolean watcher) {
		super("live-" + web.username + "-" + web.node.index);
		setDaemon(true);
		this.bench = bench;
		this.web = web;
		this.watcher = watcher;
	}

	int node() {
		return web.node.index;
	}

	void expect(String conversation, long sentAt) {
		expected.put(conversation, sentAt);
	}

	void forget(String conversation) {
		expected.remove(conversation);
	}

	@Override
	public void run() {
		if (watcher) {
			web.signIn();
		}
		boolean first = true;
		while (bench.watching) {
			if (!first) {
				reconnects.incrementAndGet();
			}
			first = false;
			try (Stream<String> lines = web.stream("/workspace/live")) {
				String[] event = { "message" };
				lines.forEach(line -> {
					if (line.startsWith("event:")) {
						event[0] = line.substring(6).trim();
					}
					else if (line.startsWith("data:")) {
						heard(event[0], line.substring(5).trim());
					}
					else if (line.isEmpty()) {
						event[0] = "message";
					}
					if (!bench.watching) {
						throw new IllegalStateException("stopping");
					}
				});
			}
			catch (Exception e) {
				if (bench.watching) {
					bench.metrics.error(watcher ? "live stream" : "agent live stream", e.toString());
					LoadBenchmark.pause(1000);
				}
			}
		}
	}

	private void heard(String event, String conversation) {
		heard.incrementAndGet();
		if (!watcher || !event.equals("conversation")) {
			return;
		}
		Long sent = expected.remove(conversation);
		if (sent != null) {
			bench.metrics.live.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
		}
	}
}
