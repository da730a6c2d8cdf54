package io.dandelion.support;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps audit entries in memory for tests while no real {@link AuditLog} is on the class path; the real
 * one (module audit) wins as soon as it exists, because auto-configuration is processed last.
 */
@AutoConfiguration
public class AuditLogStandIn {

	@Bean
	@ConditionalOnMissingBean(AuditLog.class)
	RecordingAuditLog recordingAuditLog() {
		return new RecordingAuditLog();
	}

	/** The stand-in itself, public so that every module's tests can check what was recorded. */
	public static class RecordingAuditLog implements AuditLog {

		final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

		/** Everything recorded since the context started, oldest first. */
		public List<AuditEntry> entries() {
			return List.copyOf(entries);
		}

		@Override
		public void record(AuditEntry entry) {
			entries.add(entry);
		}
	}
}
