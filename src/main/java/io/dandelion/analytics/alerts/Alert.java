package io.dandelion.analytics.alerts;

import java.time.Instant;
import java.util.UUID;

/** A rule's threshold was reached: what was counted in its window, when, and whether the e-mail went out. */
public record Alert(UUID id, AlertRule rule, Instant firedAt, long observed, boolean emailed) {
}
