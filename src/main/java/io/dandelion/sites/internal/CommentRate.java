package io.dandelion.sites.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in PostgreSQL, so a limit holds however many nodes serve the form: each hit
 * counts in the window it falls in, and is refused once the window holds {@code limit} hits.
 */
@Component
class CommentRate {

	private final JdbcClient jdbc;

	CommentRate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts a hit for {@code client} and says whether it stays within {@code limit} per {@code window}. */
	boolean allow(String client, int limit, Duration window, Instant now) {
		long size = window.toSeconds();
		var start = OffsetDateTime.ofInstant(Instant.ofEpochSecond(now.getEpochSecond() / size * size), ZoneOffset.UTC);
		int hits = jdbc.sql("""
				insert into site_comment_rate (client, window_start, hits) values (?, ?, 1)
				on conflict (client, window_start) do update set hits = site_comment_rate.hits + 1 returning hits""")
			.params(client, start)
			.query(Integer.class)
			.single();
		return hits <= limit;
	}

	/** Windows older than a day count for nothing any more. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldWindows() {
		jdbc.sql("delete from site_comment_rate where window_start < now() - interval '1 day'").update();
	}
}
