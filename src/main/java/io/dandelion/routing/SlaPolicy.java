package io.dandelion.routing;

import io.dandelion.organisation.UnitId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Targets that apply to conversations of a unit's subtree, optionally only on one platform or at one
 * priority. When several apply, the most specific wins: deepest unit, then platform, then priority.
 */
public record SlaPolicy(String name, UnitId unit, @Nullable String platform, @Nullable Integer priority,
		SlaTargets targets) {

	/** The policy for a conversation in the last unit of {@code unitPath} (root first). */
	public static Optional<SlaPolicy> mostSpecific(List<SlaPolicy> policies, List<UnitId> unitPath, String platform,
			int priority) {
		return policies.stream()
			.filter(p -> unitPath.contains(p.unit()))
			.filter(p -> p.platform() == null || p.platform().equals(platform))
			.filter(p -> p.priority() == null || p.priority() == priority)
			.max(Comparator.<SlaPolicy>comparingInt(p -> unitPath.indexOf(p.unit()))
				.thenComparing(p -> p.platform() != null)
				.thenComparing(p -> p.priority() != null));
	}
}
