package io.dandelion.channels;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * An account was lent to another team ({@code actingTeam}) or handed back to its owner ({@code actingTeam}
 * null); published in the transaction that recorded it, so that routing can move the waiting work at once.
 */
public record ChannelLendingChanged(ChannelId channel, UnitId unit, @Nullable TeamId actingTeam) {
}
