package io.dandelion.routing.internal;

import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The accounts lent to another team now, as the channels module says: while an account is lent, the
 * borrowing team answers on it, so routing sends its conversations there and only that team (and the
 * admins of the account's unit) may work them.
 */
@Component
class Loans {

	private final ObjectProvider<Channels> channels;

	Loans(ObjectProvider<Channels> channels) {
		this.channels = channels;
	}

	/** Each lent channel with the team acting for it and the unit it belongs to; empty without a channels module. */
	Map<UUID, Loan> current() {
		Channels directory = channels.getIfAvailable();
		if (directory == null) {
			return Map.of();
		}
		return directory.lent()
			.stream()
			.collect(Collectors.toMap(c -> c.id().value(), Loan::of, (a, b) -> a));
	}

	/** A channel of {@code unit} that {@code team} acts for while it is lent. */
	record Loan(UUID channel, UnitId unit, TeamId team) {

		static Loan of(ChannelSummary channel) {
			return new Loan(channel.id().value(), channel.unit(), channel.team());
		}
	}
}
