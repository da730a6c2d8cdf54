package io.dandelion.channels;

import java.util.List;
import java.util.Optional;

/** Looks channels up for other modules. */
public interface Channels {

	/** The channel with this id, whatever the caller's scope (callers apply their own). */
	Optional<ChannelSummary> find(ChannelId id);

	/**
	 * The channels lent to another team now (few at any time); each summary's team is the borrowing team.
	 * A directory that knows of no lending (a test's, a benchmark's) has none.
	 */
	default List<ChannelSummary> lent() {
		return List.of();
	}

	/**
	 * The health of every channel not deleted, whatever the caller's scope (callers apply their own). A
	 * directory that polls nothing (a test's, a benchmark's) has none.
	 */
	default List<ChannelState> states() {
		return List.of();
	}
}
