package io.dandelion.channels.web;

import io.dandelion.channels.internal.Channel;

/** One line of the channel list page, with the unit's and teams' names instead of their ids. */
public record ChannelRow(Channel channel, String unit, String ownerTeam, String actingTeam) {
}
