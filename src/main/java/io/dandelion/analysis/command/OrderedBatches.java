package io.dandelion.analysis.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cuts the input into batches of lines, analyses them on a pool of threads and writes their answers in
 * the input's order. At most {@code 2 × threads} batches are in flight, so memory does not grow with
 * the input.
 */
final class OrderedBatches {

	static final int BATCH_LINES = 256;

	private final AnalysisLines lines;

	private final int threads;

	OrderedBatches(AnalysisLines lines, int threads) {
		this.lines = lines;
		this.threads = threads;
	}

	/** Analyses every line of {@code in} into {@code out}; returns how many lines were rejected. */
	long run(BufferedReader in, Writer out) throws IOException {
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "analyze");
			thread.setDaemon(true);
			return thread;
		});
		var inFlight = new ArrayDeque<Future<Batch>>();
		long rejected = 0;
		try {
			long number = 0;
			List<NumberedLine> batch = new ArrayList<>(BATCH_LINES);
			String line;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				batch.add(new NumberedLine(number, line));
				if (batch.size() == BATCH_LINES) {
					inFlight.add(submit(pool, batch));
					batch = new ArrayList<>(BATCH_LINES);
					while (inFlight.size() >= 2 * threads) {
						rejected += write(inFlight.remove(), out);
					}
				}
			}
			if (!batch.isEmpty()) {
				inFlight.add(submit(pool, batch));
			}
			while (!inFlight.isEmpty()) {
				rejected += write(inFlight.remove(), out);
			}
			return rejected;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Future<Batch> submit(ExecutorService pool, List<NumberedLine> numbered) {
		return pool.submit(() -> {
			var answers = new StringBuilder(numbered.size() * 600);
			int rejected = 0;
			for (NumberedLine entry : numbered) {
				var answer = lines.answer(entry.number(), entry.text());
				answers.append(answer.line()).append('\n');
				rejected += answer.rejected() ? 1 : 0;
			}
			return new Batch(answers.toString(), rejected);
		});
	}

	private static int write(Future<Batch> pending, Writer out) throws IOException {
		Batch batch;
		try {
			batch = pending.get();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", interrupted);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof UncheckedIOException io) {
				throw io;
			}
			throw new IllegalStateException("analysis failed: " + failed.getCause(), failed.getCause());
		}
		out.write(batch.answers());
		return batch.rejected();
	}

	private record NumberedLine(long number, String text) {
	}

	private record Batch(String answers, int rejected) {
	}
}
