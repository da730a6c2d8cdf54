package io.dandelion.audit;

/** The audit browser's filter fields, echoed back into the form. */
public record AuditPageFilter(String actor, String action, String unit, String subjectType, String subjectId) {
}
