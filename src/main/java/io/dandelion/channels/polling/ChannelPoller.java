package io.dandelion.channels.polling;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ItemSink;
import io.dandelion.channels.connector.ConnectorFailures;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.internal.ChannelHealth;
import io.dandelion.channels.platforms.Poll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the channels that are due, as one node: lease, poll since the cursor, hand the items to the
 * sink, and only then advance the cursor. A rate limit waits until the platform's reset time (else
 * backs off); any other failure backs off exponentially, up to an hour. Health changes are audited.
 */
public class ChannelPoller {

	private static final Logger log = LoggerFactory.getLogger(ChannelPoller.class);

	static final Duration LEASE = Duration.ofMinutes(2);

	static final Duration MAX_BACK_OFF = Duration.ofHours(1);

	private final String node;
	private final PollLeases leases;
	private final ConnectorRegistry registry;
	private final ItemSink sink;
	private final AuditLog audit;
	private final Clock clock;

	public ChannelPoller(String node, PollLeases leases, ConnectorRegistry registry, ItemSink sink, AuditLog audit,
			Clock clock) {
		this.node = node;
		this.leases = leases;
		this.registry = registry;
		this.sink = sink;
		this.audit = audit;
		this.clock = clock;
	}

	/** Polls up to {@code limit} due channels and returns how many were polled. */
	public int pollDue(int limit) {
		List<PollLeases.Lease> due = leases.claim(node, registry.platformsWith(Capability.POLL), LEASE, limit);
		due.forEach(this::poll);
		return due.size();
	}

	private void poll(PollLeases.Lease lease) {
		Poll poll;
		try {
			var opened = registry.open(lease.channel());
			poll = opened.connector().poll(opened.account(), lease.cursor());
		}
		catch (RuntimeException e) {
			failed(lease, ConnectorFailures.translate(e));
			return;
		}
		try {
			sink.accept(lease.channel(), poll.items());
		}
		catch (RuntimeException e) {
			// nothing was committed: the cursor stays, and the same items come again next time
			failed(lease, new ChannelActionException(ChannelActionException.Reason.UNAVAILABLE,
					"storing the items failed: " + e.getMessage(), null, e));
			return;
		}
		if (leases.advance(lease.channel(), node, poll.cursor(), clock.instant().plus(lease.interval()))
				&& lease.health() != ChannelHealth.HEALTHY) {
			healthChanged(lease, ChannelHealth.HEALTHY, null);
		}
	}

	private void failed(PollLeases.Lease lease, ChannelActionException failure) {
		ChannelHealth health = switch (failure.reason()) {
			case RATE_LIMITED -> ChannelHealth.RATE_LIMITED;
			case UNAUTHORISED -> ChannelHealth.UNAUTHORISED;
			default -> ChannelHealth.FAILING;
		};
		Instant next = failure.retryAt() != null && failure.retryAt().isAfter(clock.instant()) ? failure.retryAt()
				: clock.instant().plus(backOff(lease));
		String error = failure.reason() + ": " + failure.getMessage();
		log.warn("Polling channel {} failed ({}); next try at {}", lease.channel(), error, next);
		if (leases.backOff(lease.channel(), node, health, error, next) && lease.health() != health) {
			healthChanged(lease, health, error);
		}
	}

	/** The interval doubled for every failure in a row, at most an hour. */
	private static Duration backOff(PollLeases.Lease lease) {
		Duration wait = lease.interval().multipliedBy(1L << Math.min(lease.failures() + 1, 16));
		return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
	}

	private void healthChanged(PollLeases.Lease lease, ChannelHealth health, @org.jspecify.annotations.Nullable String error) {
		java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("health", health.name());
		if (error != null) {
			after.put("error", error);
		}
		audit.record(new AuditEntry("system", "channel.health-changed", lease.unit(), "channel",
				lease.channel().toString(), Map.of("health", lease.health().name()), after));
	}
}
