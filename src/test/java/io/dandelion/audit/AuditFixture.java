package io.dandelion.audit;

import io.dandelion.organisation.UnitId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Records entries through the real log, and tampers with the table the way an attacker with SQL access would. */
class AuditFixture {

	final AuditLog log;
	final JdbcClient jdbc;
	final TransactionTemplate transactions;

	AuditFixture(AuditLog log, JdbcClient jdbc, TransactionTemplate transactions) {
		this.log = log;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	void record(String actor, String action, @Nullable UnitId unit, String subjectId) {
		transactions.executeWithoutResult(status -> log.record(new AuditEntry(actor, action, unit, "member",
				subjectId, Map.of("name", "before " + subjectId), Map.of("name", "after " + subjectId, "n", 1.50))));
	}

	/** Runs {@code sql} with the trail's guards lifted, as someone owning the table could. */
	void tamper(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_entry disable trigger user").update();
			jdbc.sql(sql).params(params).update();
			jdbc.sql("alter table audit_entry enable trigger user").update();
		});
	}

	void empty() {
		tamper("truncate audit_entry");
	}

	long count() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}
}
