package io.dandelion.channels.internal;

/** How the channel's platform answered the last time we called it. */
public enum ChannelHealth {
	/** Not polled yet. */
	UNKNOWN,
	HEALTHY,
	/** The last calls failed; see the last error. */
	FAILING,
	/** The platform asked us to wait; polling backs off. */
	RATE_LIMITED,
	/** The platform refused the credentials: the account must be reconnected. */
	UNAUTHORISED
}
