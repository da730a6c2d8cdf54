package io.dandelion.bench;

import java.util.Map;
import java.util.UUID;

/**
 * A care agent at work in the workspace, as its pages call the server: the inbox, "take next" on the
 * agent's country queue, the conversation, a reply, resolve, with a few seconds of thought between
 * (bench.think-ms, drawn between half and one and a half times). The inbox's live stream is held open
 * for the first bench.live-agents agents; what htmx fetches again on each live event is not simulated.
 */
final class LoadAgent extends Thread {

	private final LoadBenchmark bench;
	private final LoadWeb web;
	private final boolean live;
	private final String country;
	private UUID queue;

	LoadAgent(LoadBenchmark bench, LoadBenchmark.App node, String username, boolean live) {
		super("agent-" + username);
		setDaemon(true);
		this.bench = bench;
		this.web = new LoadWeb(bench, node, username);
		this.live = live;
		this.country = username.split("\\.")[1];
	}

	void signIn() {
		web.signIn();
		queue = bench.queues.get(country);
		if (queue == null) {
			throw new IllegalStateException("no care queue for " + country);
		}
		if (live) {
			new LiveWatcher(bench, web, false).start();
		}
	}

	@Override
	public void run() {
		LoadBenchmark.pause(LoadBenchmark.jitter(bench.config.thinkMillis()) * 2); // not all at once
		while (!bench.stopping) {
			web.get("list", "/workspace");
			think();
			LoadWeb.Answer next = web.post("take next", "/workspace/queues/" + queue + "/next", Map.of());
			String location = next.location();
			int at = location.indexOf("/workspace/conversations/");
			if (at < 0) {
				bench.metrics.empty.incrementAndGet();
				think();
				think();
				continue;
			}
			String conversation = location.substring(at + "/workspace/conversations/".length());
			bench.metrics.takes.incrementAndGet();
			String other = bench.holding.putIfAbsent(conversation, web.username);
			if (other != null) {
				bench.doubleHandouts.incrementAndGet();
				System.err.printf("conversation %s handed to %s while %s held it%n", conversation, web.username, other);
			}
			work(conversation);
			bench.holding.remove(conversation, web.username);
			think();
		}
	}

	private void work(String conversation) {
		String page = "/workspace/conversations/" + conversation;
		think();
		web.get("open", page);
		think();
		long sent = System.nanoTime();
		for (LiveWatcher watcher : bench.watchers) {
			watcher.expect(conversation, sent);
		}
		LoadWeb.Answer reply = web.post("reply", page + "/reply",
				Map.of("text", LoadBenchmark.REPLIES.getOrDefault(country, "Thank you, we are on it.")));
		if (!reply.redirect()) {
			for (LiveWatcher watcher : bench.watchers) {
				watcher.forget(conversation);
			}
			return;
		}
		think();
		LoadWeb.Answer resolved = web.post("resolve", page + "/status", Map.of("status", "resolved"));
		if (resolved.redirect()) {
			bench.metrics.resolved.incrementAndGet();
		}
	}

	private void think() {
		LoadBenchmark.pause(LoadBenchmark.jitter(bench.config.thinkMillis()));
	}
}
