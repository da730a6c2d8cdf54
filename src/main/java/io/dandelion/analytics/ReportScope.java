package io.dandelion.analytics;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The where clause every report query starts from: the period, the units the caller may read reports
 * of, and an agency contract's languages and platforms; so no report can forget the caller's scope.
 */
final class ReportScope {

	private final StringBuilder sql = new StringBuilder(" where unit_id = any(?::uuid[])");
	private final List<Object> params = new ArrayList<>();

	private ReportScope() {
	}

	static ReportScope of(AccessScope scope, ReportQuery query, Set<UnitId> units) {
		var where = snapshot(scope, units);
		where.sql.append(" and hour >= ? and hour < ?");
		where.params.add(query.from().atOffset(ZoneOffset.UTC));
		where.params.add(query.to().atOffset(ZoneOffset.UTC));
		return where;
	}

	/** Without a period: for what stands now (the backlog). */
	static ReportScope snapshot(AccessScope scope, Set<UnitId> units) {
		var where = new ReportScope();
		where.params.add(texts(units));
		scope.contract().ifPresent(contract -> {
			if (!contract.languages().isEmpty()) {
				where.sql.append(" and language = any(?::text[])");
				where.params.add(texts(contract.languages()));
			}
			if (!contract.platforms().isEmpty()) {
				where.sql.append(" and platform = any(?::text[])");
				where.params.add(texts(contract.platforms()));
			}
		});
		return where;
	}

	/** Adds a condition with its parameters (the condition is fixed text, never input). */
	ReportScope and(String condition, Object... values) {
		sql.append(" and ").append(condition);
		params.addAll(List.of(values));
		return this;
	}

	String sql() {
		return sql.toString();
	}

	List<Object> params(Object... more) {
		var all = new ArrayList<>(params);
		all.addAll(List.of(more));
		return all;
	}

	private static String[] texts(Collection<?> values) {
		return values.stream().map(Object::toString).toArray(String[]::new);
	}
}
