package io.dandelion.routing;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Targets that apply to conversations of a unit's subtree, optionally only on one platform, at one
 * priority or on one account ({@code channel}). When several apply, the most specific wins: deepest
 * unit, then account, then platform, then priority.
 */
public record SlaPolicy(String name, UnitId unit, @Nullable String platform, @Nullable Integer priority,
		SlaTargets targets, @Nullable ChannelId channel) {

	/** A policy for every account of the unit's subtree. */
	public SlaPolicy(String name, UnitId unit, @Nullable String platform, @Nullable Integer priority,
			SlaTargets targets) {
		this(name, unit, platform, priority, targets, null);
	}

	/** The policy for a conversation in the last unit of {@code unitPath} (root first), on any account. */
	public static Optional<SlaPolicy> mostSpecific(List<SlaPolicy> policies, List<UnitId> unitPath, String platform,
			int priority) {
		return mostSpecific(policies, unitPath, null, platform, priority);
	}

	/** The policy for a conversation on {@code channel} in the last unit of {@code unitPath} (root first). */
	public static Optional<SlaPolicy> mostSpecific(List<SlaPolicy> policies, List<UnitId> unitPath,
			@Nullable ChannelId channel, String platform, int priority) {
		return policies.stream()
			.filter(p -> unitPath.contains(p.unit()))
			.filter(p -> p.channel() == null || p.channel().equals(channel))
			.filter(p -> p.platform() == null || p.platform().equals(platform))
			.filter(p -> p.priority() == null || p.priority() == priority)
			.max(Comparator.<SlaPolicy>comparingInt(p -> unitPath.indexOf(p.unit()))
				.thenComparing(p -> p.channel() != null)
				.thenComparing(p -> p.platform() != null)
				.thenComparing(p -> p.priority() != null));
	}
}
