package io.dandelion.channels;

import java.util.Optional;

/** Looks channels up for other modules. */
public interface Channels {

	/** The channel with this id, whatever the caller's scope (callers apply their own). */
	Optional<ChannelSummary> find(ChannelId id);
}
