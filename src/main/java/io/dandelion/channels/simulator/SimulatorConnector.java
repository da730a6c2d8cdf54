package io.dandelion.channels.simulator;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.platforms.Poll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The simulated platform. A poll produces as many items as the rate allows since the last poll (at
 * most {@value #MAX_PER_POLL}); the cursor is the next item's number and when it was produced. Replies,
 * hiding and deleting are accepted and change nothing anywhere: there is no real platform behind it.
 * Settings are read from the channel's credentials: {@code languages} (e.g. {@code fr,nl}, most used
 * first), {@code rate_per_minute} and {@code seed}.
 */
@Component
class SimulatorConnector implements Connector {

	static final int MAX_PER_POLL = 500;

	static final int FIRST_POLL = 20;

	private final Phrasebook phrases = Phrasebook.load();

	private final double defaultRate;

	private final Clock clock;

	@Autowired
	SimulatorConnector(@Value("${dandelion.simulator.rate-per-minute:20}") double defaultRate) {
		this(defaultRate, Clock.systemUTC());
	}

	SimulatorConnector(double defaultRate, Clock clock) {
		this.defaultRate = defaultRate;
		this.clock = clock;
	}

	@Override
	public String platform() {
		return "simulator";
	}

	@Override
	public java.util.Set<Capability> capabilities() {
		return java.util.EnumSet.of(Capability.POLL, Capability.REPLY, Capability.HIDE, Capability.UNHIDE,
				Capability.DELETE);
	}

	@Override
	public Poll poll(ConnectedAccount account, @Nullable String cursor) {
		Instant now = clock.instant();
		TrafficGenerator generator = new TrafficGenerator(phrases, seed(account),
				Arrays.asList(account.optional("languages", "en").split("\\s*,\\s*")));
		if (cursor == null) {
			// a new channel starts with a little history, as if it had been connected a while ago
			Instant start = now.minus(Duration.ofMinutes(30));
			return new Poll(generator.items(0, FIRST_POLL, start, now), FIRST_POLL + "@" + now.toEpochMilli());
		}
		long next = Long.parseLong(cursor.substring(0, cursor.indexOf('@')));
		Instant last = Instant.ofEpochMilli(Long.parseLong(cursor.substring(cursor.indexOf('@') + 1)));
		double rate = Double.parseDouble(account.optional("rate_per_minute", String.valueOf(defaultRate)));
		long due = (long) Math.floor(rate * Math.max(0, Duration.between(last, now).toMillis()) / 60_000.0);
		long count = Math.min(due, MAX_PER_POLL);
		if (count == 0) {
			return new Poll(List.of(), cursor);
		}
		// the cursor moves on by what was produced, so a slow poller catches up without a burst
		Instant until = count == due ? now : last.plusMillis((long) (count * 60_000.0 / rate));
		List<InboundItem> items = generator.items(next, next + count, last, until);
		return new Poll(items, (next + count) + "@" + until.toEpochMilli());
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		return new SentReply("sim-reply-" + UUID.randomUUID(), clock.instant());
	}

	@Override
	public void hide(ConnectedAccount account, String externalId) {
		// nothing to hide on a simulated platform
	}

	@Override
	public void unhide(ConnectedAccount account, String externalId) {
		// nothing to show again on a simulated platform
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		// nothing to delete on a simulated platform
	}

	private static long seed(ConnectedAccount account) {
		String seed = account.optional("seed");
		return seed != null ? Long.parseLong(seed) : account.channel().value().getMostSignificantBits();
	}
}
