package io.dandelion.analytics.alerts;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Alert rules and the alerts they raised, scoped: whoever reads a unit's reports sees its rules and alerts;
 * setting or removing a threshold needs {@code POLICIES_MANAGE} on the unit (audited). A unit the caller
 * cannot see answers 404, one they see without the right 403.
 */
@Component
public class AlertRules {

	private static final String RULE = "r.id, r.unit_id, r.kind, r.keyword, r.threshold, r.window_minutes, r.email";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	AlertRules(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<AlertRule> visibleTo(AccessScope scope) {
		return jdbc.sql("select " + RULE + " from analytics_alert_rule r where r.unit_id = any(?::uuid[]) order by r.created_at")
			.param(units(scope))
			.query((rs, n) -> rule(rs))
			.list();
	}

	/** The latest alerts of the caller's units, newest first. */
	public List<Alert> alerts(AccessScope scope, int limit) {
		return jdbc.sql("select " + RULE + """
				, a.id, a.fired_at, a.observed, a.emailed
				from analytics_alert a join analytics_alert_rule r on r.id = a.rule_id
				where a.unit_id = any(?::uuid[]) order by a.fired_at desc, a.id limit ?""")
			.params(units(scope), limit)
			.query((rs, n) -> new Alert(rs.getObject(8, UUID.class), rule(rs), rs.getObject(9, OffsetDateTime.class).toInstant(),
					rs.getLong(10), rs.getBoolean(11)))
			.list();
	}

	@Transactional
	public AlertRule create(AccessScope scope, AlertRule draft) {
		require(scope, draft.unit());
		jdbc.sql("""
				insert into analytics_alert_rule (id, unit_id, kind, keyword, threshold, window_minutes, email, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.id(), draft.unit().value(), draft.kind().name(), draft.keyword(), draft.threshold(),
					draft.windowMinutes(), draft.email(), scope.actor())
			.update();
		audit.record(new AuditEntry(scope.actor(), "analytics.alert-rule-created", draft.unit(), "alert-rule",
				draft.id().toString(), null, Map.of("kind", draft.kind().name(), "threshold", draft.threshold(),
						"windowMinutes", draft.windowMinutes(), "keyword", String.valueOf(draft.keyword()))));
		return draft;
	}

	@Transactional
	public void delete(AccessScope scope, UUID id) {
		AlertRule rule = visibleTo(scope).stream()
			.filter(r -> r.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no alert rule " + id));
		require(scope, rule.unit());
		jdbc.sql("delete from analytics_alert_rule where id = ?").param(id).update();
		audit.record(new AuditEntry(scope.actor(), "analytics.alert-rule-deleted", rule.unit(), "alert-rule",
				id.toString(), Map.of("kind", rule.kind().name(), "threshold", rule.threshold()), null));
	}

	/** Every rule, for the watch (system work). */
	List<AlertRule> all() {
		return jdbc.sql("select " + RULE + " from analytics_alert_rule r").query((rs, n) -> rule(rs)).list();
	}

	private static void require(AccessScope scope, UnitId unit) {
		if (!scope.can(Permission.POLICIES_MANAGE, unit)) {
			boolean sees = Arrays.stream(Permission.values()).anyMatch(p -> scope.can(p, unit));
			throw new ResponseStatusException(sees ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
					sees ? "setting alert thresholds needs the POLICIES_MANAGE permission on the unit" : "no unit " + unit);
		}
	}

	private static String[] units(AccessScope scope) {
		return scope.units(Permission.ANALYTICS_READ).stream().map(UnitId::toString).toArray(String[]::new);
	}

	private static AlertRule rule(ResultSet rs) throws SQLException {
		return new AlertRule(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
				AlertRule.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7));
	}
}
