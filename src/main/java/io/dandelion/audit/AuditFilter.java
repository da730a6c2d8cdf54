package io.dandelion.audit;

import io.dandelion.organisation.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the trail; every criterion is optional. {@code unit} includes its subtree; {@code before}
 * is the sequence number below which to continue (keyset paging, newest first).
 */
record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable UnitId unit,
		@Nullable String subjectType, @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to,
		@Nullable Long before, int limit) {

	static final int MAX_LIMIT = 200;

	AuditFilter {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("to must not be before from");
		}
	}

	static AuditFilter latest(int limit) {
		return new AuditFilter(null, null, null, null, null, null, null, null, limit);
	}
}
