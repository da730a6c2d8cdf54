package io.dandelion.channels.internal;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A connected account as the channels module knows it: who owns it, who acts for it (the owner, or the
 * team it is lent to), its state and its health as the poller last saw it. Holds the names of its
 * credentials, never their values, and when its OAuth access token expires, if it has one.
 */
public record Channel(ChannelId id, UnitId unit, TeamId ownerTeam, @Nullable Loan loan, String platform, String handle,
		@Nullable String externalId, ChannelStatus status, ChannelHealth health, @Nullable String lastError,
		@Nullable Instant lastErrorAt, @Nullable Instant lastPolledAt, Set<String> credentials, Instant createdAt,
		@Nullable Instant tokenExpiresAt) {

	public Channel {
		credentials = Set.copyOf(credentials);
	}

	/** The team that acts for the account now: the one it is lent to, else its owner. */
	public TeamId actingTeam() {
		return loan == null ? ownerTeam : loan.team();
	}

	public boolean isLent() {
		return loan != null;
	}

	public ChannelSummary summary() {
		return new ChannelSummary(id, unit, actingTeam(), platform, handle);
	}

	/** The account is lent to {@code team} since {@code since}, by {@code by}, for {@code reason}. */
	public record Loan(TeamId team, Instant since, String by, @Nullable String reason) {
	}
}
