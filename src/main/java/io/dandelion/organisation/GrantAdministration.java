package io.dandelion.organisation;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes roles. The caller must manage the unit and hold every permission the role gives
 * there, so nobody can hand out more than they have; the hub admin role exists only on the group.
 */
@Service
@Transactional
class GrantAdministration {

	private final JdbcClient jdbc;
	private final JdbcMembers members;
	private final UnitTreeCache units;
	private final ApplicationEventPublisher events;

	GrantAdministration(JdbcClient jdbc, JdbcMembers members, UnitTreeCache units, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.members = members;
		this.units = units;
		this.events = events;
	}

	void grant(AccessScope scope, MemberId member, Role role, UnitId unit) {
		check(scope, member, role, unit);
		if (role == Role.HUB_ADMIN && !units.tree().root().map(root -> root.id().equals(unit)).orElse(false)) {
			throw new IllegalArgumentException("the hub admin role is granted on the group only");
		}
		int added = jdbc.sql("insert into role_grants (member_id, role, unit_id) values (?, ?, ?) on conflict do nothing")
			.params(member.value(), role.name(), unit.value())
			.update();
		if (added > 0) {
			SecurityContextAccess.forget();
			events.publishEvent(new OrganisationChanged(scope.actor(), "grant.added", unit, "member", member.toString(), null,
					Map.of("role", role.name(), "unit", unit.toString())));
		}
	}

	void revoke(AccessScope scope, MemberId member, Role role, UnitId unit) {
		check(scope, member, role, unit);
		if (role == Role.HUB_ADMIN && jdbc.sql("""
				select count(*) from role_grants g join members m on m.id = g.member_id
				where g.role = 'HUB_ADMIN' and m.enabled and g.member_id <> ?""")
			.param(member.value())
			.query(Integer.class)
			.single() == 0) {
			throw new IllegalArgumentException("the organisation keeps at least one enabled hub admin");
		}
		int removed = jdbc.sql("delete from role_grants where member_id = ? and role = ? and unit_id = ?")
			.params(member.value(), role.name(), unit.value())
			.update();
		if (removed > 0) {
			SecurityContextAccess.forget();
			events.publishEvent(new OrganisationChanged(scope.actor(), "grant.removed", unit, "member", member.toString(),
					Map.of("role", role.name(), "unit", unit.toString()), null));
		}
	}

	private void check(AccessScope scope, MemberId member, Role role, UnitId unit) {
		Guard.manages(scope, unit, "unit");
		Guard.holdsRole(scope, role, unit);
		if (members.find(member).isEmpty()) {
			throw new NotFoundException("member not found");
		}
	}
}
