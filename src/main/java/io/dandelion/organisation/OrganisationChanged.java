package io.dandelion.organisation;

import org.jspecify.annotations.Nullable;

/**
 * Published, within the changing transaction, for every change to the organisation: who did what to which
 * subject, in which unit, with the state before and after. The audit module records it; organisation does
 * not call the audit log itself because the audit trail's entries refer to units (that would be a cycle).
 */
public record OrganisationChanged(String actor, String action, @Nullable UnitId unit, String subjectType,
		String subjectId, @Nullable Object before, @Nullable Object after) {
}
