package io.dandelion.bench;

import io.dandelion.channels.InboundItem;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outside source: simulator items pushed through the REST ingest at the bench's current rate, a
 * batch every 100 ms or so to the next country's account (and, with two nodes, to the next node), each
 * batch resent until it is acknowledged. Every item that opens a conversation is remembered with the
 * moment its delivery started, so that its arrival in a queue can be timed.
 */
final class LoadIngest extends Thread {

	private final LoadBenchmark bench;
	final AtomicLong sent = new AtomicLong();
	private int channel;
	private int node;

	LoadIngest(LoadBenchmark bench) {
		super("ingest");
		setDaemon(true);
		this.bench = bench;
	}

	@Override
	public void run() {
		double credit = 0;
		long last = System.nanoTime();
		while (!bench.stopping) {
			LoadBenchmark.pause(100);
			long now = System.nanoTime();
			credit += bench.rate * (now - last) / 1e9;
			last = now;
			int count = (int) credit;
			if (count > 0) {
				credit -= count;
				deliver(count);
			}
		}
	}

	private void deliver(int count) {
		LoadBenchmark.Channel target = bench.channels.get(channel++ % bench.channels.size());
		List<InboundItem> items = LoadBenchmark.renamed(target.traffic.batch(target.next, count), "load-" + target.country + "-");
		target.next += count;
		long start = System.nanoTime();
		for (InboundItem item : items) {
			if (item.externalId().equals(item.threadExternalId())) {
				bench.pendingRoots.put(item.externalId(), start);
				bench.sentRoots.put(item.externalId(), start);
				bench.rootStep.put(item.externalId(), bench.step);
			}
		}
		while (true) {
			RestIngest client = target.clients[node++ % target.clients.length];
			long attempt = System.nanoTime();
			try {
				client.deliver(items);
				bench.metrics.record("ingest POST", System.nanoTime() - attempt);
				break;
			}
			catch (Exception e) {
				bench.metrics.record("ingest POST", System.nanoTime() - attempt);
				bench.metrics.error("ingest POST", e.toString());
				if (bench.stopping) {
					return;
				}
				LoadBenchmark.pause(500);
			}
		}
		sent.addAndGet(count);
	}
}
