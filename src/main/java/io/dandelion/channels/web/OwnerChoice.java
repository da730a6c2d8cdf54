package io.dandelion.channels.web;

import io.dandelion.organisation.TeamId;

/** A team a new account may be connected for on the channel page, with its unit's name. */
public record OwnerChoice(TeamId team, String name, String unit) {
}
