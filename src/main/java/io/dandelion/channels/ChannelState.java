package io.dandelion.channels;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What monitoring may know of a channel's health: the channel, whether it is paused, its health as the poller
 * last saw it ({@code UNKNOWN}, {@code HEALTHY}, {@code FAILING}, {@code RATE_LIMITED}, {@code UNAUTHORISED}),
 * how many polls failed in a row, when it was last polled and when it is due again (null: never polled, as a
 * channel that only receives webhooks). Never its error text or credentials.
 */
public record ChannelState(ChannelSummary channel, boolean paused, String health, int failures,
		@Nullable Instant lastPolledAt, Instant nextPollAt) {

	/** How far polling runs behind the channel's schedule at {@code now}: zero when on time or never polled. */
	public long pollDelaySeconds(Instant now) {
		if (paused || lastPolledAt == null || !nextPollAt.isBefore(now)) {
			return 0;
		}
		return now.getEpochSecond() - nextPollAt.getEpochSecond();
	}
}
