package io.dandelion.routing;

import java.time.Duration;

/**
 * Response and resolution targets in business time, and the share of a target after which a warning
 * is raised (0.8: warn when 80% of the time is used).
 */
public record SlaTargets(Duration firstResponse, Duration nextResponse, Duration resolution, double warnAt) {

	public SlaTargets {
		for (Duration target : new Duration[] { firstResponse, nextResponse, resolution }) {
			if (target.isNegative() || target.isZero()) {
				throw new IllegalArgumentException("an SLA target must be positive, not " + target);
			}
		}
		if (warnAt <= 0 || warnAt >= 1) {
			throw new IllegalArgumentException("the warning point is a share between 0 and 1, not " + warnAt);
		}
	}
}
