package io.dandelion.audit;

import io.dandelion.organisation.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * One recorded action: who did what to which subject, in which unit, with the state before and after
 * (JSON-serialisable values, or null). Secrets must never be put into {@code before} or {@code after}.
 */
public record AuditEntry(String actor, String action, @Nullable UnitId unit, String subjectType, String subjectId,
		@Nullable Object before, @Nullable Object after) {
}
