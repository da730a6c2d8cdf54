package io.dandelion.channels.web;

import io.dandelion.channels.internal.Channel;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A channel as the API shows it: the names of its credentials, never their values, and when its token expires. */
record ChannelView(String id, String unit, String ownerTeam, String actingTeam, @Nullable LoanView loan,
		String platform, String handle, @Nullable String externalId, String status, String health,
		@Nullable String lastError, @Nullable Instant lastErrorAt, @Nullable Instant lastPolledAt,
		List<String> credentials, Instant createdAt, @Nullable Instant tokenExpiresAt) {

	static ChannelView of(Channel c) {
		Channel.Loan loan = c.loan();
		return new ChannelView(c.id().toString(), c.unit().toString(), c.ownerTeam().toString(),
				c.actingTeam().toString(),
				loan == null ? null : new LoanView(loan.team().toString(), loan.since(), loan.by(), loan.reason()),
				c.platform(), c.handle(), c.externalId(), c.status().name(), c.health().name(), c.lastError(),
				c.lastErrorAt(), c.lastPolledAt(), List.copyOf(new TreeSet<>(c.credentials())), c.createdAt(),
				c.tokenExpiresAt());
	}

	/** To whom the account is lent, since when, by whom and why. */
	record LoanView(String team, Instant since, String by, @Nullable String reason) {
	}
}
