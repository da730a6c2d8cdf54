package io.dandelion.moderation.internal;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what was asked of the platform; fails for the external ids a test names, with the reason it names. */
class RecordingChannelActions implements ChannelActions {

	record Call(String action, ChannelId channel, String externalId, String text) {
	}

	final List<Call> calls = new CopyOnWriteArrayList<>();
	final Map<String, ChannelActionException.Reason> failing = new ConcurrentHashMap<>();

	@Override
	public Set<Capability> capabilities(ChannelId channel) {
		return EnumSet.allOf(Capability.class);
	}

	@Override
	public SentReply reply(ChannelId channel, String parentExternalId, String threadExternalId, String text) {
		call("reply", channel, parentExternalId, text);
		return new SentReply("reply-to-" + parentExternalId, Instant.now());
	}

	@Override
	public void hide(ChannelId channel, String externalId) {
		call("hide", channel, externalId, "");
	}

	@Override
	public void unhide(ChannelId channel, String externalId) {
		call("unhide", channel, externalId, "");
	}

	@Override
	public void delete(ChannelId channel, String externalId) {
		call("delete", channel, externalId, "");
	}

	List<String> done(String action) {
		return calls.stream().filter(c -> c.action().equals(action)).map(Call::externalId).toList();
	}

	private void call(String action, ChannelId channel, String externalId, String text) {
		var reason = failing.get(externalId);
		if (reason != null) {
			throw new ChannelActionException(reason, "the platform said no (" + reason + ")", null, null);
		}
		calls.add(new Call(action, channel, externalId, text));
	}
}
