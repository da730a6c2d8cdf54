package io.dandelion.audit;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the trail: scoped browsing (hub admins see everything, others the entries of the units where they hold
 * {@link Permission#AUDIT_READ} or
 * manage the organisation, i.e. unit admins over their subtree) and verification of the whole chain, in batches so that memory stays flat.
 */
@Component
class AuditTrail {

	private static final int VERIFY_BATCH = 5_000;

	private static final String COLUMNS = "sequence, recorded_at, actor, action, unit_id, subject_type, subject_id, "
			+ "before::text as before, after::text as after, previous_hash, hash";

	private final JdbcClient jdbc;
	private final Units units;

	AuditTrail(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** Entries matching {@code filter} that the caller may see, newest first. */
	List<ChainedEntry> page(AccessScope scope, AuditFilter filter) {
		Set<UnitId> readable = readable(scope);
		if (!scope.isHubAdmin() && readable.isEmpty()) {
			throw new NotAllowedException("browsing the audit trail needs the audit permission on some unit");
		}
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where true");
		var params = new java.util.LinkedHashMap<String, Object>();
		Set<UnitId> units = null;
		if (filter.unit() != null) {
			if (!scope.isHubAdmin() && !readable.contains(filter.unit())) {
				throw new NotVisibleException("unit " + filter.unit() + " not found");
			}
			units = new HashSet<>(this.units.subtreeIds(filter.unit()));
			units.add(filter.unit());
		}
		if (!scope.isHubAdmin()) {
			if (units == null) {
				units = new HashSet<>(readable);
			}
			units.retainAll(readable);
		}
		if (units != null) {
			sql.append(" and unit_id = any(cast(:units as uuid[]))");
			params.put("units", units.stream().map(UnitId::toString).toArray(String[]::new));
		}
		condition(sql, params, "actor = :actor", "actor", filter.actor());
		condition(sql, params, "action = :action", "action", filter.action());
		condition(sql, params, "subject_type = :subjectType", "subjectType", filter.subjectType());
		condition(sql, params, "subject_id = :subjectId", "subjectId", filter.subjectId());
		condition(sql, params, "recorded_at >= :from", "from",
				filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
		condition(sql, params, "recorded_at < :to", "to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
		condition(sql, params, "sequence < :before", "before", filter.before());
		sql.append(" order by sequence desc limit :limit");
		params.put("limit", filter.limit());
		return jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
	}

	/** Units whose entries the caller may read: where they hold the audit permission, or manage the organisation. */
	static Set<UnitId> readable(AccessScope scope) {
		Set<UnitId> units = new HashSet<>(scope.units(Permission.AUDIT_READ));
		units.addAll(scope.units(Permission.ORGANISATION_MANAGE));
		return units;
	}

	/** Walks the chain from its first entry and reports the first one that does not hold together. */
	ChainReport verify() {
		long checked = 0;
		long expectedSequence = 1;
		String previousHash = ChainedEntry.GENESIS;
		while (true) {
			List<ChainedEntry> batch = jdbc
				.sql("select " + COLUMNS + " from audit_entry where sequence >= ? order by sequence limit ?")
				.params(expectedSequence, VERIFY_BATCH)
				.query(AuditTrail::entry)
				.list();
			for (ChainedEntry entry : batch) {
				if (entry.sequence() != expectedSequence) {
					return ChainReport.broken(checked, entry.sequence(), "entries " + expectedSequence + " to "
							+ (entry.sequence() - 1) + " before it are missing");
				}
				if (!entry.intact()) {
					return ChainReport.broken(checked, entry.sequence(),
							"its content no longer matches its hash: it was changed after it was recorded");
				}
				if (!entry.previousHash().equals(previousHash)) {
					return ChainReport.broken(checked, entry.sequence(), "it does not link to the entry before it "
							+ "(the previous hash differs): an entry before it was replaced or rehashed");
				}
				checked++;
				expectedSequence++;
				previousHash = entry.hash();
			}
			if (batch.size() < VERIFY_BATCH) {
				return ChainReport.intact(checked);
			}
		}
	}

	private static void condition(StringBuilder sql, java.util.Map<String, Object> params, String condition,
			String name, @Nullable Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			sql.append(" and ").append(condition);
			params.put(name, value instanceof String text ? text.trim() : value);
		}
	}

	private static ChainedEntry entry(ResultSet rs, int row) throws SQLException {
		return new ChainedEntry(rs.getLong("sequence"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getObject("unit_id", UUID.class),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before"),
				rs.getString("after"), rs.getString("previous_hash"), rs.getString("hash"));
	}

	/** The subject lies outside what the caller may see, reported like something that does not exist (404). */
	static class NotVisibleException extends ResponseStatusException {

		NotVisibleException(String message) {
			super(HttpStatus.NOT_FOUND, message);
		}
	}

	/** The caller's roles do not allow this at all (403). */
	static class NotAllowedException extends ResponseStatusException {

		NotAllowedException(String message) {
			super(HttpStatus.FORBIDDEN, message);
		}
	}
}
