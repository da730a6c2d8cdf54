package io.dandelion.audit;

import io.dandelion.organisation.OrganisationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every change to the organisation, in the same transaction as the change itself. */
@Component
class OrganisationAuditing {

	private final AuditLog audit;

	OrganisationAuditing(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(OrganisationChanged change) {
		audit.record(new AuditEntry(change.actor(), change.action(), change.unit(), change.subjectType(),
				change.subjectId(), change.before(), change.after()));
	}
}
