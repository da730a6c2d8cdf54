package io.dandelion.channels;

import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.UnitId;

/**
 * What other modules may know of a channel: the unit that owns it, the team currently acting for it
 * (the owner, or the team it is lent to), its platform (lower case, e.g. {@code x}, {@code email}) and
 * its handle. Never its credentials.
 */
public record ChannelSummary(ChannelId id, UnitId unit, TeamId team, String platform, String handle) {
}
