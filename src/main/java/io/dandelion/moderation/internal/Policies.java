package io.dandelion.moderation.internal;

import io.dandelion.moderation.Policy;
import io.dandelion.moderation.Rule;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every unit's own policy, one row per saved version; the current policy is the highest version. */
@Component
class Policies {

	private final JdbcClient jdbc;

	Policies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One saved version of a unit's policy. */
	record StoredPolicy(UnitId unit, int version, List<Rule> rules, String savedBy, Instant savedAt) {

		Policy policy() {
			return new Policy(unit, rules);
		}
	}

	Optional<StoredPolicy> current(UnitId unit) {
		return jdbc.sql("select * from moderation_policy where unit_id = ? order by version desc limit 1")
			.param(unit.value())
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** The current policies of {@code units} (units without one are left out). */
	Map<UnitId, StoredPolicy> current(Collection<UnitId> units) {
		if (units.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select distinct on (unit_id) * from moderation_policy
				where unit_id = any(?) order by unit_id, version desc""")
			.param(units.stream().map(UnitId::value).toArray(UUID[]::new))
			.query((rs, n) -> map(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(StoredPolicy::unit, Function.identity()));
	}

	Optional<StoredPolicy> version(UnitId unit, int version) {
		return jdbc.sql("select * from moderation_policy where unit_id = ? and version = ?")
			.params(unit.value(), version)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** Every version of the unit's policy, newest first. */
	List<StoredPolicy> history(UnitId unit) {
		return jdbc.sql("select * from moderation_policy where unit_id = ? order by version desc")
			.param(unit.value())
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * Saves {@code rules} as the version after {@code basedOn} (0 when the unit had none). Refuses, with
	 * {@link ConcurrentChangeException}, when someone saved another version since.
	 */
	int save(UnitId unit, int basedOn, List<Rule> rules, String actor) {
		int version = basedOn + 1;
		try {
			jdbc.sql("insert into moderation_policy (unit_id, version, rules, saved_by) values (?, ?, ?::jsonb, ?)")
				.params(unit.value(), version, RuleJson.write(rules), actor)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConcurrentChangeException(unit, basedOn);
		}
		return version;
	}

	private static StoredPolicy map(ResultSet rs) throws SQLException {
		return new StoredPolicy(new UnitId(rs.getObject("unit_id", UUID.class)), rs.getInt("version"),
				RuleJson.rules(rs.getString("rules")), rs.getString("saved_by"),
				rs.getObject("saved_at", OffsetDateTime.class).toInstant());
	}

	/** Another version was saved since the one the caller edited. */
	static final class ConcurrentChangeException extends RuntimeException {

		ConcurrentChangeException(UnitId unit, int basedOn) {
			super("the policy of unit " + unit + " changed since version " + basedOn + "; reload it and apply your change again");
		}
	}
}
