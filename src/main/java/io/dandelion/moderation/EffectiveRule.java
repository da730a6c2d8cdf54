package io.dandelion.moderation;

import io.dandelion.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/** A rule in force for a unit, the unit whose policy it comes from, and the ancestor it overrides, if any. */
public record EffectiveRule(Rule rule, UnitId owner, @Nullable UnitId overrides) {
}
