package io.dandelion.support;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until the background pipeline (moderation, routing, analytics listeners, run after commit on
 * other threads) has handled what the test stored, judged by Spring Modulith's event publication
 * registry. Tests that change rows the pipeline also writes, and the schema cleaner, call it first.
 */
public final class PipelineQuiet {

	private PipelineQuiet() {
	}

	/** Returns once no recent event publication is still waiting or running, or after {@code limit}, whichever is first. */
	public static void await(DataSource dataSource, Duration limit) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Instant until = Instant.now().plus(limit);
		while (Instant.now().isBefore(until)) {
			Integer pending;
			try {
				// a listener that failed (status FAILED) will not run again by itself: only wait for work in flight
				pending = jdbc.sql("select count(*) from event_publication where completion_date is null "
						+ "and status is distinct from 'FAILED' and publication_date > now() - interval '1 minute'")
					.query(Integer.class)
					.single();
			}
			catch (RuntimeException noRegistry) {
				return;
			}
			if (pending == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
