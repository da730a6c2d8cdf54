package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActionException.Reason;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformException;

/** Turns what connectors throw into the {@link ChannelActionException} other modules understand. */
public final class ConnectorFailures {

	private ConnectorFailures() {
	}

	public static ChannelActionException translate(RuntimeException failure) {
		if (failure instanceof ChannelActionException known) {
			return known;
		}
		if (failure instanceof ParentGoneException gone) {
			return new ChannelActionException(Reason.GONE, gone.getMessage(), null, gone);
		}
		if (failure instanceof PlatformException platform) {
			return new ChannelActionException(reason(platform.reason()), platform.getMessage(), platform.retryAt(), platform);
		}
		if (failure instanceof IllegalArgumentException refused) {
			return new ChannelActionException(Reason.REJECTED, refused.getMessage(), null, refused);
		}
		if (failure instanceof IllegalStateException missing) {
			// a missing credential or external id: the account must be connected (again)
			return new ChannelActionException(Reason.UNAUTHORISED, missing.getMessage(), null, missing);
		}
		return new ChannelActionException(Reason.UNAVAILABLE, String.valueOf(failure.getMessage()), null, failure);
	}

	private static Reason reason(PlatformException.Reason reason) {
		return switch (reason) {
			case UNAUTHORISED -> Reason.UNAUTHORISED;
			case RATE_LIMITED -> Reason.RATE_LIMITED;
			case NOT_FOUND -> Reason.GONE;
			case REJECTED -> Reason.REJECTED;
			case UNAVAILABLE, MALFORMED -> Reason.UNAVAILABLE;
		};
	}
}
