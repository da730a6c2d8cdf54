package io.dandelion.bench;

import java.sql.Connection;
import java.sql.ResultSet;

/**
 * When a conversation the bench opened can be seen waiting in a queue: every 250 ms it reads, as any
 * reader of the queue would, the work items routed in the last minute with the bench's first message of
 * each, and times every new one from the moment its delivery started. A routing transaction's rows are
 * visible only once it committed, so this is the time to visible, up to the 250 ms between reads.
 */
final class RoutedWatcher extends Thread {

	private final LoadBenchmark bench;
	volatile boolean stop;

	RoutedWatcher(LoadBenchmark bench) {
		super("routed-watcher");
		setDaemon(true);
		this.bench = bench;
	}

	@Override
	public void run() {
		try (Connection db = bench.config.connect(); var statement = db.prepareStatement("""
				select m.external_id from routing_item r join message m on m.conversation_id = r.conversation_id
				where r.routed_at > now() - interval '60 seconds' and m.external_id like 'load-%'""")) {
			while (!stop) {
				long now = System.nanoTime();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						String id = rows.getString(1);
						Long sent = bench.pendingRoots.remove(id);
						if (sent != null) {
							bench.metrics.visible.computeIfAbsent(bench.rootStep.get(id), s -> LoadBenchmark.Metrics.histogram())
								.recordValue(Math.max(1, (now - sent) / 1000));
						}
					}
				}
				LoadBenchmark.pause(250);
			}
		}
		catch (Exception e) {
			bench.metrics.error("queue watcher", e.toString());
		}
	}
}
