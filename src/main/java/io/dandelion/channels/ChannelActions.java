package io.dandelion.channels;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Acts on a connected account through its platform's connector: answers an item, hides, unhides or
 * deletes one. Used by moderation (automatic actions) and by the workspace (a person's actions); the
 * caller has already checked that the person may act on the channel. A platform that lacks a
 * capability answers with {@link ChannelActionException.Reason#UNSUPPORTED}, never silently.
 */
public interface ChannelActions {

	/** What the channel's platform can do. */
	Set<Capability> capabilities(ChannelId channel);

	/**
	 * Sends {@code text} as an answer to the item {@code parentExternalId} (in the thread
	 * {@code threadExternalId}, when the platform needs it) and returns the platform's id of the reply.
	 */
	SentReply reply(ChannelId channel, String parentExternalId, @Nullable String threadExternalId, String text);

	void hide(ChannelId channel, String externalId);

	void unhide(ChannelId channel, String externalId);

	void delete(ChannelId channel, String externalId);

	/** Things a connector may be able to do. */
	enum Capability {
		POLL, WEBHOOK, REPLY, HIDE, UNHIDE, DELETE
	}

	/** The platform's id for a reply we sent, and when it accepted it. */
	record SentReply(String externalId, Instant sentAt) {
	}
}
