package io.dandelion.routing;

import io.dandelion.organisation.TeamId;

/** A team's queue that work can be routed to. */
public record RoutingTarget(TeamId team, String name) {
}
