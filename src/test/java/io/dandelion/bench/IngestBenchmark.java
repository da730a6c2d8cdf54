package io.dandelion.bench;

import io.dandelion.DandelionApplication;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.channels.ItemSink;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pushes simulated items through {@link ItemSink} in-process (batches from several threads, as the
 * webhook endpoint and the pollers would), then streams the same rows with raw COPY into a table of
 * the same shape, and prints both rates and the peak resident memory of this process. Run by
 * {@code bench/ingest.sh}; not part of the test suite.
 */
public final class IngestBenchmark {

	public static void main(String[] args) throws Exception {
		int total = Integer.getInteger("bench.items", 1_000_000);
		int batchSize = Integer.getInteger("bench.batch", 1000);
		int threads = Integer.getInteger("bench.threads", 4);
		var channel = new ChannelSummary(ChannelId.random(), UnitId.random(), TeamId.random(), "x", "@bench");
		Channels directory = id -> id.equals(channel.id()) ? Optional.of(channel) : Optional.empty();
		var context = new SpringApplicationBuilder(DandelionApplication.class).web(WebApplicationType.NONE)
			.initializers(c -> c.getBeanFactory().registerSingleton("benchChannels", directory))
			.run(args);
		try {
			ItemSink sink = context.getBean(ItemSink.class);
			var jdbc = context.getBean(JdbcClient.class);
			sink.accept(channel.id(), BenchTraffic.batch(0, batchSize)); // warms the JIT and the pool; counted below as duplicates
			long start = System.nanoTime();
			long stored = ingest(sink, channel.id(), total, batchSize, threads);
			double ingestSeconds = (System.nanoTime() - start) / 1e9;
			long rows = jdbc.sql("select count(*) from message").query(Long.class).single();
			long again = sink.accept(channel.id(), BenchTraffic.batch(total / 2, batchSize)).stored();
			double copySeconds = CopyBaseline.run(context.getBean(DataSource.class), channel.id(), total);
			report(total, batchSize, threads, stored, rows, again, ingestSeconds, copySeconds);
		}
		finally {
			context.close();
		}
	}

	private static long ingest(ItemSink sink, ChannelId channel, int total, int batchSize, int threads)
			throws Exception {
		var next = new AtomicInteger(0);
		var stored = new AtomicLong(0);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			var running = new ArrayList<Future<?>>();
			for (int t = 0; t < threads; t++) {
				running.add(pool.submit(() -> {
					for (int from = next.getAndAdd(batchSize); from < total; from = next.getAndAdd(batchSize)) {
						var batch = BenchTraffic.batch(from, Math.min(batchSize, total - from));
						stored.addAndGet(sink.accept(channel, batch).stored());
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
		return stored.get() + batchSize; // the warm-up batch was stored before the clock started
	}

	private static void report(int total, int batchSize, int threads, long stored, long rows, long again,
			double ingestSeconds, double copySeconds) throws Exception {
		double ingestRate = total / ingestSeconds;
		double copyRate = total / copySeconds;
		System.out.printf("""

				=== Dandelion ingest benchmark (in-process ItemSink) ===
				items:              %,d (batches of %d from %d threads)
				stored:             %,d message rows (%,d counted by the sink), redelivered batch stored %d again
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
