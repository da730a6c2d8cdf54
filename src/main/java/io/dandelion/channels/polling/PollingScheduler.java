package io.dandelion.channels.polling;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ItemSink;
import io.dandelion.channels.connector.ConnectorRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs this node's {@link ChannelPoller} every few seconds ({@code dandelion.polling.enabled}, on by default). */
@Component
@ConditionalOnProperty(name = "dandelion.polling.enabled", havingValue = "true", matchIfMissing = true)
class PollingScheduler {

	private final ChannelPoller poller;

	PollingScheduler(PollLeases leases, ConnectorRegistry registry, ItemSink sink, AuditLog audit) {
		this.poller = new ChannelPoller(node(), leases, registry, sink, audit, Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${dandelion.polling.tick:PT2S}", initialDelayString = "${dandelion.polling.tick:PT2S}")
	void tick() {
		while (poller.pollDue(20) == 20) {
			// more were due: keep going before sleeping
		}
	}

	private static String node() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			host = "node";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
