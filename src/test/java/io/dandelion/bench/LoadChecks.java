package io.dandelion.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/** What the database says after the run: nothing lost or doubled, nobody given a conversation held by another, every poll by one node. */
final class LoadChecks {

	private LoadChecks() {
	}

	static String all(LoadBenchmark bench, Connection db) throws Exception {
		var out = new StringBuilder("\n--- checks after the run ---\n");
		long sent = bench.channels.stream().mapToLong(c -> c.next).sum();
		long rows = LoadBenchmark.single(db, "select count(*) from message where external_id like 'load-%'");
		long distinct = LoadBenchmark.single(db,
				"select count(distinct (channel_id, external_id)) from message where external_id like 'load-%'");
		out.append(String.format("REST ingest: %,d items sent, %,d stored (%,d distinct): lost %d, duplicated %d%n", sent,
				rows, distinct, sent - distinct, rows - distinct));

		// stored timestamps: the ingest transaction's start (message.received_at) to the routing transaction's start
		// (the conversation's first routing_decision.decided_at); both are now() in PostgreSQL, i.e. a lower bound
		Map<Integer, Histogram> stored = new TreeMap<>();
		Map<String, Long> steps = new TreeMap<>();
		try (var statement = db.createStatement(); ResultSet routed = statement.executeQuery("""
				select m.external_id, extract(epoch from (min(d.decided_at) - m.received_at)) * 1000000,
				       (array_agg(d.step order by d.decided_at))[1]
				from message m join routing_decision d on d.conversation_id = m.conversation_id
				where m.external_id like 'load-%' and m.external_id = m.thread_external_id
				group by m.external_id, m.received_at""")) {
			while (routed.next()) {
				Integer step = bench.rootStep.get(routed.getString(1));
				if (step != null) {
					stored.computeIfAbsent(step, s -> LoadBenchmark.Metrics.histogram())
						.recordValue(Math.max(1, routed.getLong(2)));
				}
				steps.merge(routed.getString(3), 1L, Long::sum);
			}
		}
		out.append("receipt -> routed, from stored timestamps (message.received_at to the first routing_decision.decided_at), by phase:\n");
		stored.forEach((step, h) -> out.append(String.format("  phase %d: p50 %s ms, p99 %s ms, max %s ms (%,d)%n", step,
				LoadBenchmark.Metrics.ms(h, 50), LoadBenchmark.Metrics.ms(h, 99), LoadBenchmark.Metrics.ms(h, 100),
				h.getTotalCount())));
		out.append("new conversations of the bench by the routing step that placed them: ").append(steps).append('\n');
		long roots = bench.sentRoots.size();
		long unrouted = LoadBenchmark.single(db, """
				select count(*) from message m where m.external_id like 'load-%' and m.external_id = m.thread_external_id
				and not exists (select 1 from routing_item r where r.conversation_id = m.conversation_id)""");
		out.append(String.format("new conversations sent: %,d; never routed (nothing to answer: spam, abuse, praise, chatter "
				+ "by policy, or still in the pipeline): %,d; routed but not seen by the 250 ms watcher: %,d%n", roots, unrouted,
				bench.pendingRoots.size() - unrouted));
		out.append(String.format("pipeline events not finished at the end: %,d%n",
				LoadBenchmark.single(db, "select count(*) from event_publication where completion_date is null")));

		long overlapping = LoadBenchmark.single(db, """
				select count(*) from routing_assignment a join routing_assignment b
				  on a.conversation_id = b.conversation_id and a.id < b.id
				 and a.assigned_at < coalesce(b.ended_at, 'infinity') and b.assigned_at < coalesce(a.ended_at, 'infinity')""");
		long pulled = LoadBenchmark.single(db, "select count(*) from routing_assignment where how = 'PULLED'");
		out.append(String.format(
				"assignments: %,d pulled in all; pairs of assignments of one conversation overlapping in time: %d; "
						+ "conversations handed by 'take next' to an agent while another agent held it: %d%n",
				pulled, overlapping, bench.doubleHandouts.get()));
		out.append(String.format("replies stored (outbound by agents): %,d; conversations resolved: %,d%n",
				LoadBenchmark.single(db, "select count(*) from message where direction = 'OUTBOUND'"),
				LoadBenchmark.single(db, "select count(*) from conversation where status = 'RESOLVED'")));

		long now = System.nanoTime();
		for (LiveWatcher watcher : bench.watchers) {
			long lost = watcher.expected.values().stream().filter(t -> now - t > 10_000_000_000L).count();
			out.append(String.format(
					"live stream on node %d (hub.admin): %,d events heard, %d reconnects; replies never announced to it: %d%n",
					watcher.node(), watcher.heard.get(), watcher.reconnects.get(), lost));
		}
		out.append(polling(bench, db));
		return out.toString();
	}

	private static String polling(LoadBenchmark bench, Connection db) throws Exception {
		var out = new StringBuilder("polling of the simulated channels (sampled every second):\n");
		Map<String, Long> byNode = new TreeMap<>();
		long polls = 0;
		long unattributed = 0;
		for (var channel : bench.sampler.polls.entrySet()) {
			for (String node : channel.getValue().values()) {
				polls++;
				if (node == null) {
					unattributed++;
				}
				else {
					byNode.merge(node, 1L, Long::sum);
				}
			}
		}
		out.append(String.format("  %,d polls seen, by node: %s; polls without a node: %d%n", polls, byNode, unattributed));
		// the cursor moves after the poll's items are committed: read both again until they agree (a poll may be running)
		for (UUID id : bench.sampler.cursors.keySet()) {
			long produced = 0;
			long stored = 0;
			long distinct = 0;
			for (int attempt = 0; attempt < 10; attempt++) {
				try (var statement = db.createStatement(); ResultSet row = statement.executeQuery(
						"select split_part(poll_cursor, '@', 1)::bigint, count(m.external_id), count(distinct m.external_id) "
								+ "from channel c left join message m on m.channel_id = c.id and m.external_id like 'sim-%' "
								+ "and m.direction = 'INBOUND' where c.id = '" + id + "' group by c.poll_cursor")) {
					row.next();
					produced = row.getLong(1);
					stored = row.getLong(2);
					distinct = row.getLong(3);
				}
				if (stored == produced) {
					break;
				}
				LoadBenchmark.pause(3000);
			}
			var holders = bench.sampler.leaseHolders.getOrDefault(id, java.util.List.of());
			out.append(String.format("  channel %s: cursor at item %,d, %,d simulator items stored (%,d distinct); "
					+ "%d polls seen; lease holders seen in turn: %d%n", id, produced, stored, distinct,
					bench.sampler.polls.getOrDefault(id, Map.of()).size(), holders.size()));
		}
		return out.toString();
	}
}
