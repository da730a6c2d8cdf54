package io.dandelion.analytics;

import io.dandelion.channels.ChannelState;
import io.dandelion.channels.Channels;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.routing.SlaDeadline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Operational metrics for Prometheus ({@code /actuator/prometheus}): messages ingested (a counter per
 * platform and direction, whose rate is the ingest rate), ingest lag (platform timestamp to analytics
 * hearing of the stored message) and pipeline latency (platform timestamp to moderation's decision),
 * SLA warnings and breaches per timer kind, the backlog (conversations waiting, per status, and the oldest
 * wait) and the channels' health (how many per platform and health; per channel, failed polls in a row and
 * how far polling runs behind), refreshed every 30 seconds from analytics' own tables and the channels module.
 */
@Component
class OperationsMetrics {

	static final String INGEST_LAG = "dandelion.ingest.lag";

	static final String PIPELINE_LATENCY = "dandelion.pipeline.latency";

	private final MeterRegistry registry;
	private final JdbcClient jdbc;
	private final Clock clock = Clock.systemUTC();
	private final AtomicLong open = new AtomicLong();
	private final AtomicLong pending = new AtomicLong();
	private final AtomicLong oldestSeconds = new AtomicLong();
	// the channels module may be absent (a partial deployment): no channel metrics then
	private final ObjectProvider<Channels> channels;
	private final MultiGauge channelCounts;
	private final MultiGauge channelFailures;
	private final MultiGauge channelPollDelays;

	OperationsMetrics(MeterRegistry registry, JdbcClient jdbc, ObjectProvider<Channels> channels) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.channels = channels;
		this.channelCounts = MultiGauge.builder("dandelion.channels")
			.description("Channels not deleted, by platform and health (paused: not polled)")
			.register(registry);
		this.channelFailures = MultiGauge.builder("dandelion.channel.failures")
			.description("Polls of the channel that failed in a row (0: the last one worked)")
			.register(registry);
		this.channelPollDelays = MultiGauge.builder("dandelion.channel.poll.delay")
			.baseUnit("seconds")
			.description("How far polling of the channel runs behind its schedule (0: on time, paused or never polled)")
			.register(registry);
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
			lag(INGEST_LAG, "From the platform's timestamp to the stored message's announcement", m, now);
		}
	}

	void moderated(List<ReceivedMessage> messages) {
		Instant now = clock.instant();
		messages.forEach(m -> lag(PIPELINE_LATENCY,
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

	@Scheduled(fixedDelayString = "${dandelion.analytics.metrics-refresh:PT30S}", initialDelay = 10_000)
	void refreshChannels() {
		Channels found = channels.getIfAvailable();
		List<ChannelState> states = found == null ? List.of() : found.states();
		Instant now = clock.instant();
		Map<List<String>, Long> counts = states.stream()
			.collect(Collectors.groupingBy(s -> List.of(s.channel().platform(), healthOf(s)),
					Collectors.counting()));
		channelCounts.register(counts.entrySet()
			.stream()
			.map(e -> MultiGauge.Row.of(Tags.of("platform", e.getKey().get(0), "health", e.getKey().get(1)), e.getValue()))
			.toList(), true);
		channelFailures.register(states.stream()
			.map(s -> MultiGauge.Row.of(channelTags(s), s.failures()))
			.toList(), true);
		channelPollDelays.register(states.stream()
			.map(s -> MultiGauge.Row.of(channelTags(s), s.pollDelaySeconds(now)))
			.toList(), true);
	}

	private static String healthOf(ChannelState state) {
		return state.paused() ? "paused" : state.health().toLowerCase(Locale.ROOT);
	}

	private static Tags channelTags(ChannelState state) {
		return Tags.of("channel", state.channel().id().toString(), "platform", state.channel().platform(), "unit",
				state.channel().unit().toString(), "health", healthOf(state));
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
