package io.dandelion.analytics.alerts;

/** A threshold as the page lists it: with its unit's name, and whether the caller may remove it. */
public record AlertRuleLine(AlertRule rule, String unit, boolean removable) {
}
