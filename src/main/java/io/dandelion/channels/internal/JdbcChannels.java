package io.dandelion.channels.internal;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelState;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Other modules' view of channels: unit, acting team, platform and handle, never credentials. */
@Component
class JdbcChannels implements Channels {

	private final ChannelDirectory directory;

	JdbcChannels(ChannelDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Optional<ChannelSummary> find(ChannelId id) {
		return directory.details(id).map(Channel::summary);
	}

	@Override
	public List<ChannelSummary> lent() {
		return directory.lent().stream().map(Channel::summary).toList();
	}

	@Override
	public List<ChannelState> states() {
		return directory.states();
	}
}
