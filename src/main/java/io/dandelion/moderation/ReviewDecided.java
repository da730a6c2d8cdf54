package io.dandelion.moderation;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.UnitId;

/**
 * A moderator's verdict on a message in review was settled (a deletion only once the second person
 * confirmed it); published in the transaction that recorded it. Approving means the message may be shown.
 */
public record ReviewDecided(MessageId message, ChannelId channel, UnitId unit, ReviewItem.Verdict verdict) {
}
