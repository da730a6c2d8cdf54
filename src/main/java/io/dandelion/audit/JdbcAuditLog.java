package io.dandelion.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the hash chain in the caller's transaction. Appenders are serialised by a transaction-scoped
 * advisory lock taken before the chain's head is read, so two transactions never chain onto the same entry; the
 * lock is held until the caller commits or rolls back, which is what keeps a rolled-back entry out of the chain.
 */
@Component
class JdbcAuditLog implements AuditLog {

	/** "Audit" in ASCII: the advisory lock that serialises appenders. */
	static final long CHAIN_LOCK = 0x4175646974L;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional
	public void record(AuditEntry entry) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
		// a new statement after the lock: under read committed it sees every entry committed before the lock was ours
		Head head = jdbc.sql("""
				select h.sequence, h.hash, cast(:before as jsonb)::text as before, cast(:after as jsonb)::text as after
				from (select 1) one
				left join lateral (select sequence, hash from audit_entry order by sequence desc limit 1) h on true""")
			.param("before", toJson(entry.before()))
			.param("after", toJson(entry.after()))
			.query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash"), rs.getString("before"),
					rs.getString("after")))
			.single();
		long sequence = head.sequence() + 1;
		String previous = head.hash() == null ? ChainedEntry.GENESIS : head.hash();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		UUID unit = entry.unit() == null ? null : entry.unit().value();
		String hash = ChainedEntry.hashOf(sequence, now, entry.actor(), entry.action(), unit, entry.subjectType(),
				entry.subjectId(), head.before(), head.after(), previous);
		jdbc.sql("""
				insert into audit_entry (sequence, recorded_at, actor, action, unit_id, subject_type, subject_id,
				                         before, after, previous_hash, hash)
				values (:sequence, :recordedAt, :actor, :action, :unit, :subjectType, :subjectId,
				        cast(:before as jsonb), cast(:after as jsonb), :previous, :hash)""")
			.param("sequence", sequence)
			.param("recordedAt", now.atOffset(ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("unit", unit)
			.param("subjectType", entry.subjectType())
			.param("subjectId", entry.subjectId())
			.param("before", head.before())
			.param("after", head.after())
			.param("previous", previous)
			.param("hash", hash)
			.update();
	}

	private @Nullable String toJson(@Nullable Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private record Head(long sequence, @Nullable String hash, @Nullable String before, @Nullable String after) {
	}
}
