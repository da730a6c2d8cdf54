package io.dandelion.workspace.conversation;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Units;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's reply-approval settings ({@code workspace_approval_rule}): everyone may read them, only hub admins
 * add, change or remove one (403 otherwise), each change audited.
 */
@Component
class ApprovalRules {

	private static final String COLUMNS = "id, name, senders, accounts, unit_id, created_by, created_at";

	private final JdbcClient jdbc;
	private final Units units;
	private final AuditLog audit;

	ApprovalRules(JdbcClient jdbc, Units units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/** Every rule, oldest first. */
	List<ApprovalRule> all() {
		return jdbc.sql("select " + COLUMNS + " from workspace_approval_rule order by created_at, id")
			.query(ApprovalRules::rule)
			.list();
	}

	/** Adds a rule; 400 with a sentence for a blank name, an unknown kind or a unit missing where one is needed. */
	@Transactional
	ApprovalRule add(AccessScope scope, @Nullable String name, @Nullable String senders, @Nullable String accounts,
			@Nullable String unit) {
		requireHub(scope);
		Draft draft = draft(name, senders, accounts, unit);
		UUID id = UUID.randomUUID();
		ApprovalRule rule = jdbc.sql("insert into workspace_approval_rule (id, name, senders, accounts, unit_id, created_by) "
				+ "values (?, ?, ?, ?, ?, ?) returning " + COLUMNS)
			.params(id, draft.name(), draft.senders().name(), draft.accounts().name(), draft.unitValue(), scope.actor())
			.query(ApprovalRules::rule)
			.single();
		audit.record(new AuditEntry(scope.actor(), "workspace.approval-rule-created", draft.unit(), "approval-rule",
				id.toString(), null, describe(rule)));
		return rule;
	}

	/** Changes a rule (hub admins only); 404 for one that does not exist, 400 as for {@link #add}. */
	@Transactional
	ApprovalRule update(AccessScope scope, UUID id, @Nullable String name, @Nullable String senders,
			@Nullable String accounts, @Nullable String unit) {
		requireHub(scope);
		ApprovalRule before = jdbc.sql("select " + COLUMNS + " from workspace_approval_rule where id = ? for update")
			.param(id)
			.query(ApprovalRules::rule)
			.optional()
			.orElseThrow(() -> WorkRefused.unknown("approval rule " + id));
		Draft draft = draft(name, senders, accounts, unit);
		ApprovalRule after = jdbc.sql("update workspace_approval_rule set name = ?, senders = ?, accounts = ?, unit_id = ? "
				+ "where id = ? returning " + COLUMNS)
			.params(draft.name(), draft.senders().name(), draft.accounts().name(), draft.unitValue(), id)
			.query(ApprovalRules::rule)
			.single();
		audit.record(new AuditEntry(scope.actor(), "workspace.approval-rule-updated",
				after.unit() != null ? after.unit() : before.unit(), "approval-rule", id.toString(), describe(before),
				describe(after)));
		return after;
	}

	/** A rule's checked fields. */
	private record Draft(String name, ApprovalRule.Senders senders, ApprovalRule.Accounts accounts, @Nullable UnitId unit) {

		@Nullable
		UUID unitValue() {
			return unit == null ? null : unit.value();
		}
	}

	private Draft draft(@Nullable String name, @Nullable String senders, @Nullable String accounts, @Nullable String unit) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new IllegalArgumentException("a rule needs a name of 1 to 100 characters");
		}
		var who = parse(ApprovalRule.Senders.class, senders, "senders");
		var where = parse(ApprovalRule.Accounts.class, accounts, "accounts");
		UnitId on = null;
		if (where == ApprovalRule.Accounts.HUB) {
			if (unit != null && !unit.isBlank()) {
				throw new IllegalArgumentException("a rule on the hub's accounts names no unit");
			}
		}
		else {
			if (unit == null || unit.isBlank()) {
				throw new IllegalArgumentException("a rule on a unit's accounts names the unit");
			}
			on = UnitId.of(unit);
			if (units.find(on).isEmpty()) {
				throw new IllegalArgumentException("no unit " + unit);
			}
		}
		return new Draft(name.strip(), who, where, on);
	}

	/** Removes a rule; 404 for one that does not exist. */
	@Transactional
	void remove(AccessScope scope, UUID id) {
		requireHub(scope);
		ApprovalRule rule = jdbc.sql("delete from workspace_approval_rule where id = ? returning " + COLUMNS)
			.param(id)
			.query(ApprovalRules::rule)
			.optional()
			.orElseThrow(() -> WorkRefused.unknown("approval rule " + id));
		audit.record(new AuditEntry(scope.actor(), "workspace.approval-rule-deleted", rule.unit(), "approval-rule",
				id.toString(), describe(rule), null));
	}

	private static void requireHub(AccessScope scope) {
		if (!scope.isHubAdmin()) {
			throw WorkRefused.notAllowed("only the hub's administrators set which replies need approval");
		}
	}

	private static Map<String, Object> describe(ApprovalRule rule) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", rule.name());
		map.put("senders", rule.senders().name());
		map.put("accounts", rule.accounts().name());
		if (rule.unit() != null) {
			map.put("unit", rule.unit().toString());
		}
		return map;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + field + "' is one of "
					+ java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not " + value, e);
		}
	}

	private static ApprovalRule rule(ResultSet rs, int row) throws SQLException {
		UUID unit = rs.getObject("unit_id", UUID.class);
		return new ApprovalRule(rs.getObject("id", UUID.class), rs.getString("name"),
				ApprovalRule.Senders.valueOf(rs.getString("senders")), ApprovalRule.Accounts.valueOf(rs.getString("accounts")),
				unit == null ? null : new UnitId(unit), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
