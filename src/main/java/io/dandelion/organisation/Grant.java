package io.dandelion.organisation;

/** A role held on a unit, and so on the unit's whole subtree. */
public record Grant(Role role, UnitId unit) {
}
