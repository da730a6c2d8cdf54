package io.dandelion.workspace.conversation;

import io.dandelion.channels.ChannelActionException;

/** The channel's platform did not carry out the action; the message says why and whether to retry. */
class ChannelUnavailable extends RuntimeException {

	ChannelUnavailable(String message) {
		super(message);
	}

	static ChannelUnavailable because(ChannelActionException e) {
		String why = switch (e.reason()) {
			case UNSUPPORTED -> "this platform cannot do that";
			case UNAUTHORISED -> "the account must be reconnected";
			case RATE_LIMITED -> "the platform asks us to wait" + (e.retryAt() == null ? "" : " until " + e.retryAt());
			case GONE -> "the message was deleted on the platform";
			case REJECTED -> "the platform refused it: " + e.getMessage();
			case UNAVAILABLE -> "the platform could not be reached; try again in a moment";
		};
		return new ChannelUnavailable(why);
	}
}
