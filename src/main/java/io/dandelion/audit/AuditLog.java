package io.dandelion.audit;

/** Appends to the tamper-evident audit trail. Every human or automatic change is recorded through it. */
public interface AuditLog {

	void record(AuditEntry entry);
}
