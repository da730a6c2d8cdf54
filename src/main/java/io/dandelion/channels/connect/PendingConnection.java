package io.dandelion.channels.connect;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A connection started in a user's session and not finished yet: for which platform, unit and team (or
 * which channel to reconnect), the state and PKCE verifier the callback must match, and who started it
 * when. Kept in the session only; {@link #toString()} never shows the state or the verifier.
 */
record PendingConnection(String platform, UUID unit, UUID team, @Nullable UUID channel, String state,
		String verifier, String redirect, String callback, String actor, Instant startedAt) implements Serializable {

	@Override
	public String toString() {
		return "PendingConnection[" + platform + " for unit " + unit + " by " + actor + "]";
	}
}
