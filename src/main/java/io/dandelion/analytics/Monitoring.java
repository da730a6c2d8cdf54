package io.dandelion.analytics;

import io.dandelion.channels.ChannelState;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The monitoring page's view, scoped like the reports: the health of the channels of the caller's units
 * (agency staff: of their contract's platforms), and how far ingest and the pipeline run behind per platform
 * on this node, read from the same meters Prometheus scrapes.
 */
@Component
public class Monitoring {

	private final ReportAccess access;
	private final ObjectProvider<Channels> channels;
	private final Units units;
	private final MeterRegistry registry;
	private final Clock clock = Clock.systemUTC();

	Monitoring(ReportAccess access, ObjectProvider<Channels> channels, Units units, MeterRegistry registry) {
		this.access = access;
		this.channels = channels;
		this.units = units;
		this.registry = registry;
	}

	/** The channels of the caller's units, the troubled ones first (403 without ANALYTICS_READ anywhere). */
	public List<ChannelHealthRow> channels(AccessScope scope) {
		Set<UnitId> readable = access.readableUnits(scope, null);
		Channels found = channels.getIfAvailable();
		if (found == null) {
			return List.of();
		}
		Instant now = clock.instant();
		return found.states()
			.stream()
			.filter(s -> readable.contains(s.channel().unit()))
			.filter(s -> scope.contract().map(c -> c.coversPlatform(s.channel().platform())).orElse(true))
			.map(s -> row(s, now))
			.sorted(Comparator.comparing(ChannelHealthRow::healthy).thenComparing(ChannelHealthRow::unit)
				.thenComparing(ChannelHealthRow::channel))
			.toList();
	}

	/** Ingest lag and pipeline latency per platform over the meters' recent window (about two minutes). */
	public List<LagRow> lags() {
		return registry.find(OperationsMetrics.INGEST_LAG)
			.summaries()
			.stream()
			.map(ingest -> {
				String platform = ingest.getId().getTag("platform");
				DistributionSummary pipeline = registry.find(OperationsMetrics.PIPELINE_LATENCY)
					.tag("platform", platform)
					.summary();
				return new LagRow(platform == null ? "" : platform, ingest.count(),
						percentile(ingest, 0.5), percentile(ingest, 0.9), pipeline == null ? null : percentile(pipeline, 0.5),
						pipeline == null ? null : percentile(pipeline, 0.9));
			})
			.sorted(Comparator.comparing(LagRow::platform))
			.toList();
	}

	private ChannelHealthRow row(ChannelState state, Instant now) {
		String unit = units.find(state.channel().unit()).map(UnitSummary::name).orElse(state.channel().unit().toString());
		return new ChannelHealthRow(state.channel().id().toString(), unit, state.channel().platform(),
				state.channel().handle(), state.paused() ? "PAUSED" : state.health(), state.failures(), state.lastPolledAt(),
				state.pollDelaySeconds(now));
	}

	private static @Nullable Double percentile(DistributionSummary summary, double which) {
		for (ValueAtPercentile value : summary.takeSnapshot().percentileValues()) {
			if (value.percentile() == which) {
				return Double.isNaN(value.value()) ? null : value.value();
			}
		}
		return null;
	}

	/** A channel's health for the monitoring page ({@code health} is {@code PAUSED} for a paused channel). */
	public record ChannelHealthRow(String id, String unit, String platform, String channel, String health, int failures,
			@Nullable Instant lastPolledAt, long pollDelaySeconds) {

		/** Sorts the troubled first. */
		public boolean healthy() {
			return health.equals("HEALTHY") || health.equals("UNKNOWN") || health.equals("PAUSED");
		}
	}

	/**
	 * How far behind the pipeline ran for a platform's recent messages: messages counted since the start, and
	 * the median and 90th percentile of the ingest lag and pipeline latency in seconds (null: nothing recent).
	 */
	public record LagRow(String platform, long messages, @Nullable Double ingestMedianSeconds,
			@Nullable Double ingestP90Seconds, @Nullable Double pipelineMedianSeconds, @Nullable Double pipelineP90Seconds) {
	}
}
