package io.dandelion.analytics;

import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.routing.SlaDeadline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Operational metrics for Prometheus ({@code /actuator/prometheus}): messages ingested (a counter per
 * platform and direction, whose rate is the ingest rate), ingest lag (platform timestamp to analytics
 * hearing of the stored message) and pipeline latency (platform timestamp to moderation's decision),
 * SLA warnings and breaches per timer kind, and the backlog (conversations waiting, per status, and the
 * oldest wait), refreshed every 30 seconds from analytics' own tables.
 */
@Component
class OperationsMetrics {

	private final MeterRegistry registry;
	private final JdbcClient jdbc;
	private final Clock clock = Clock.systemUTC();
	private final AtomicLong open = new AtomicLong();
	private final AtomicLong pending = new AtomicLong();
	private final AtomicLong oldestSeconds = new AtomicLong();

	OperationsMetrics(MeterRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
		Gauge.builder("dandelion.backlog.conversations", open, AtomicLong::get)
			.tag("status", "open")
			.description("Conversations waiting for the organisation")
			.register(registry);
		Gauge.builder("dandelion.backlog.conversations", pending, AtomicLong::get)
			.tag("status", "pending")
			.description("Conversations waiting for the customer")
			.register(registry);
		Gauge.builder("dandelion.backlog.oldest", oldestSeconds, AtomicLong::get)
			.baseUnit("seconds")
			.description("How long the longest-waiting conversation has waited")
			.register(registry);
	}

	void received(List<ReceivedMessage> messages) {
		Instant now = clock.instant();
		for (ReceivedMessage m : messages) {
			Counter.builder("dandelion.ingest.messages")
				.tag("platform", m.platform())
				.tag("direction", m.direction().name().toLowerCase())
				.description("Messages stored, as the pipeline announced them")
				.register(registry)
				.increment();
			lag("dandelion.ingest.lag", "From the platform's timestamp to the stored message's announcement", m, now);
		}
	}

	void moderated(List<ReceivedMessage> messages) {
		Instant now = clock.instant();
		messages.forEach(m -> lag("dandelion.pipeline.latency",
				"From the platform's timestamp to moderation's decision (ingest, analysis, policies)", m, now));
	}

	void sla(String event, List<SlaDeadline> timers) {
		timers.forEach(t -> Counter.builder("dandelion.sla." + event)
			.tag("kind", t.kind().name().toLowerCase())
			.description("SLA timers that reached their warning point (warnings) or deadline (breaches)")
			.register(registry)
			.increment());
	}

	@Scheduled(fixedDelayString = "${dandelion.analytics.metrics-refresh:PT30S}", initialDelay = 10_000)
	void refreshBacklog() {
		jdbc.sql("""
				select count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'PENDING'),
				       coalesce(extract(epoch from now() - min(open_since)), 0)
				from analytics_conversation where open_since is not null""")
			.query(rs -> {
				open.set(rs.getLong(1));
				pending.set(rs.getLong(2));
				oldestSeconds.set(rs.getLong(3));
			});
	}

	private void lag(String name, String description, ReceivedMessage m, Instant now) {
		DistributionSummary.builder(name)
			.baseUnit("seconds")
			.tag("platform", m.platform())
			.description(description)
			.publishPercentiles(0.5, 0.9)
			.register(registry)
			.record(Math.max(0, Duration.between(m.createdAt(), now).toMillis() / 1000.0));
	}
}
