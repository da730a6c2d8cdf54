package io.dandelion.conversations;

import static org.mockito.BDDMockito.given;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;
import java.util.Optional;

/** Channels for tests, owned by a unit of the test's choosing. */
final class TestChannels {

	private TestChannels() {
	}

	static ChannelSummary register(Channels channels, UnitId unit, String platform) {
		var channel = new ChannelSummary(ChannelId.random(), unit, TeamId.random(), platform, "@brand");
		given(channels.find(channel.id())).willReturn(Optional.of(channel));
		return channel;
	}
}
