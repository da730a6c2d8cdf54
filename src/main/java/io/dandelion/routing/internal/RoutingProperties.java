package io.dandelion.routing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing's settings: how long an agent may be away or offline before the conversations they hold go
 * back to their queues ({@code dandelion.routing.return-absent-work-after}, default 15 minutes).
 */
@ConfigurationProperties("dandelion.routing")
public record RoutingProperties(Duration returnAbsentWorkAfter) {

	public RoutingProperties {
		if (returnAbsentWorkAfter == null) {
			returnAbsentWorkAfter = Duration.ofMinutes(15);
		}
		if (returnAbsentWorkAfter.isNegative()) {
			throw new IllegalArgumentException("dandelion.routing.return-absent-work-after cannot be negative");
		}
	}
}
