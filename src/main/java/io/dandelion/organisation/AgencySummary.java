package io.dandelion.organisation;

/** An external agency. */
public record AgencySummary(AgencyId id, String name) {
}
