package io.dandelion.channels.internal;

import static io.dandelion.organisation.Permission.CHANNELS_MANAGE;
import static io.dandelion.organisation.Permission.CONVERSATIONS_READ;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.AccessScope;
import java.util.Optional;

/**
 * Who may see and change a channel. Those who read the unit's conversations or manage its channels
 * see it (agency staff only on the platforms of their contract); only channel managers change it.
 */
public final class ChannelAccess {

	private ChannelAccess() {
	}

	public static boolean sees(AccessScope scope, Channel channel) {
		boolean platformCovered = scope.contract().map(c -> c.coversPlatform(channel.platform())).orElse(true);
		return platformCovered && channel.status() != ChannelStatus.DELETED
				&& (scope.can(CHANNELS_MANAGE, channel.unit()) || scope.can(CONVERSATIONS_READ, channel.unit()));
	}

	/** The channel, if the caller sees it; else "not found", alike for missing and out of scope. */
	public static Channel visible(AccessScope scope, ChannelId id, Optional<Channel> found) {
		return found.filter(channel -> sees(scope, channel))
			.orElseThrow(() -> new ChannelNotFoundException("channel " + id + " not found"));
	}

	/** The caller may change the channel: 404 if they do not see it, 403 if they see but do not manage it. */
	public static Channel managed(AccessScope scope, ChannelId id, Optional<Channel> found) {
		Channel channel = visible(scope, id, found);
		if (!scope.can(CHANNELS_MANAGE, channel.unit())) {
			throw new ChannelForbiddenException("changing channel " + id + " needs " + CHANNELS_MANAGE
					+ " on its unit, which your roles do not give");
		}
		return channel;
	}
}
