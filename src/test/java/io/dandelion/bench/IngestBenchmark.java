package io.dandelion.bench;

import io.dandelion.DandelionApplication;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.internal.CredentialVault;
import io.dandelion.channels.simulator.SimulatedTraffic;
import io.dandelion.support.TestDatabaseInitializer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pushes the traffic simulator's items through the REST ingest ({@code POST /api/v1/channels/{id}/items},
 * signed NDJSON batches from several client threads over HTTP) into PostgreSQL, then streams the same
 * rows with raw COPY into a table of the same shape, and prints both rates and the peak resident memory
 * of this process (server and clients). Run by {@code bench/ingest.sh}; not part of the test suite.
 */
public final class IngestBenchmark {

	static final String SECRET = "bench-" + UUID.randomUUID();

	public static void main(String[] args) throws Exception {
		int total = Integer.getInteger("bench.items", 1_000_000);
		int batchSize = Integer.getInteger("bench.batch", 1000);
		int threads = Integer.getInteger("bench.threads", 4);
		String[] withPort = Arrays.copyOf(args, args.length + 1);
		withPort[args.length] = "--server.port=0";
		var builder = new SpringApplicationBuilder(DandelionApplication.class);
		// the test classes are on the class path (the simulator's traffic); their spring.factories would send the
		// server to a schema of the test database instead of the database the script made
		builder.application().setInitializers(builder.application().getInitializers().stream()
			.filter(initializer -> !(initializer instanceof TestDatabaseInitializer))
			.toList());
		ConfigurableApplicationContext context = builder.run(withPort);
		try {
			var jdbc = context.getBean(JdbcClient.class);
			ChannelId channel = webhookChannel(jdbc, context.getBean(CredentialVault.class));
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			var client = new RestIngest(URI.create("http://127.0.0.1:" + port + "/api/v1/channels/" + channel + "/items"),
					SECRET);
			var traffic = new SimulatedTraffic(20261201L, List.of("fr", "en", "nl", "de", "es", "ar"));
			// the baseline first, on an idle server: the ingest's downstream pipeline (analysis, moderation,
			// routing) keeps working after the last batch and must not slow the COPY down
			double copySeconds = CopyBaseline.run(context.getBean(DataSource.class), channel, traffic, total);
			client.deliver(traffic.batch(0, batchSize)); // warms the JIT and the pools; counted below as duplicates
			long start = System.nanoTime();
			long stored = ingest(client, traffic, total, batchSize, threads) + batchSize;
			double ingestSeconds = (System.nanoTime() - start) / 1e9;
			long rows = jdbc.sql("select count(*) from message where channel_id = ?").param(channel.value())
				.query(Long.class)
				.single();
			long again = client.deliver(traffic.batch(total / 2, batchSize));
			report(total, batchSize, threads, stored, rows, again, ingestSeconds, copySeconds);
		}
		finally {
			context.close();
		}
	}

	/** A webhook channel with its secret sealed in the vault, as a channel manager would connect it. */
	private static ChannelId webhookChannel(JdbcClient jdbc, CredentialVault vault) {
		ChannelId channel = ChannelId.random();
		jdbc.sql("insert into channel (id, unit_id, owner_team_id, platform, handle) values (?, ?, ?, 'webhook', ?)")
			.params(channel.value(), UUID.randomUUID(), UUID.randomUUID(), "bench-" + channel)
			.update();
		vault.store(channel, Map.of("webhook_secret", SECRET));
		return channel;
	}

	private static long ingest(RestIngest client, SimulatedTraffic traffic, int total, int batchSize, int threads)
			throws Exception {
		var next = new AtomicLong(batchSize); // the warm-up batch is not sent again
		var stored = new AtomicLong(0);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			var running = new ArrayList<Future<?>>();
			for (int t = 0; t < threads; t++) {
				running.add(pool.submit(() -> {
					for (long from = next.getAndAdd(batchSize); from < total; from = next.getAndAdd(batchSize)) {
						stored.addAndGet(client.deliver(traffic.batch(from, (int) Math.min(batchSize, total - from))));
					}
					return null;
				}));
			}
			for (var future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return stored.get();
	}

	private static void report(int total, int batchSize, int threads, long stored, long rows, long again,
			double ingestSeconds, double copySeconds) throws Exception {
		double ingestRate = total / ingestSeconds;
		double copyRate = total / copySeconds;
		System.out.printf("""

				=== Dandelion ingest benchmark (REST: signed NDJSON over HTTP, simulator traffic) ===
				items:              %,d (batches of %d from %d client threads)
				stored:             %,d message rows (%,d counted by the server), redelivered batch stored %d again
				ingest:             %.1f s  -> %,.0f items/s
				raw COPY baseline:  %.1f s  -> %,.0f rows/s
				ingest / COPY:      %.0f %%
				peak RSS (VmHWM):   %s
				""", total, batchSize, threads, rows, stored, again, ingestSeconds, ingestRate, copySeconds, copyRate,
				100 * ingestRate / copyRate, peakRss());
		if (rows != total || stored != total || again != 0) {
			throw new IllegalStateException("ingest did not store every item exactly once");
		}
	}

	private static String peakRss() throws Exception {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(line -> line.startsWith("VmHWM"))
			.map(line -> line.substring(6).trim())
			.findFirst()
			.orElse("unknown");
	}
}
