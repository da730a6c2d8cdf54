package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.SlaPolicy;
import io.dandelion.routing.SlaTargets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SLA policies per unit subtree (optionally per platform and priority), and what happens on breach. */
@Service
public class SlaPolicies {

	private static final String SELECT = """
			select id, name, unit_id, platform, priority, extract(epoch from first_response)::bigint,
			       extract(epoch from next_response)::bigint, extract(epoch from resolution)::bigint, warn_at, on_breach
			from sla_policy""";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	SlaPolicies(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every policy; there are few (a handful per unit at most). */
	List<Stored> all() {
		return jdbc.sql(SELECT + " order by name").query(SlaPolicies::stored).list();
	}

	/** The policies of units where the caller reads conversations. */
	@Transactional(readOnly = true)
	public List<Stored> visibleTo(AccessScope scope) {
		Set<UnitId> units = scope.units(Permission.CONVERSATIONS_READ);
		return all().stream().filter(p -> units.contains(p.policy().unit())).toList();
	}

	/** Adds a policy on a unit where the caller writes policies. */
	@Transactional
	public Stored create(AccessScope scope, SlaPolicy policy, Set<BreachAction> onBreach) {
		if (!scope.can(Permission.CONVERSATIONS_READ, policy.unit())) {
			throw new UnknownUnitException(policy.unit());
		}
		if (!scope.can(Permission.POLICIES_MANAGE, policy.unit())) {
			throw new QueueWork.NotAllowedException("writing SLA policies there needs a role your grants do not give");
		}
		UUID id = UUID.randomUUID();
		SlaTargets t = policy.targets();
		jdbc.sql("""
				insert into sla_policy (id, name, unit_id, platform, priority, first_response, next_response, resolution,
				                        warn_at, on_breach)
				values (?, ?, ?, ?, ?, ? * interval '1 second', ? * interval '1 second', ? * interval '1 second', ?, ?::text[])
				on conflict do nothing""")
			.params(id, policy.name(), policy.unit().value(), policy.platform(), policy.priority(),
					t.firstResponse().toSeconds(), t.nextResponse().toSeconds(), t.resolution().toSeconds(), t.warnAt(),
					onBreach.stream().map(Enum::name).toArray(String[]::new))
			.update();
		Stored stored = all().stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"that unit already has a policy for this platform and priority"));
		audit.record(new AuditEntry(scope.actor(), "routing.sla-policy-created", policy.unit(), "sla-policy",
				id.toString(), null, Map.of("name", policy.name(), "firstResponse", t.firstResponse().toString(),
						"nextResponse", t.nextResponse().toString(), "resolution", t.resolution().toString())));
		return stored;
	}

	/** What happens when a timer is breached, besides the {@code SlaBreached} event that notifies. */
	public enum BreachAction {
		RAISE_PRIORITY, RETURN_TO_QUEUE, ESCALATE_TO_HUB
	}

	/** The unit does not exist or lies outside the caller's scope (404). */
	public static class UnknownUnitException extends RuntimeException {

		UnknownUnitException(UnitId unit) {
			super("no unit " + unit);
		}
	}

	/** A stored policy with its id and breach actions. */
	public record Stored(UUID id, SlaPolicy policy, Set<BreachAction> onBreach) {
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Object priority = rs.getObject(5);
		var targets = new SlaTargets(Duration.ofSeconds(rs.getLong(6)), Duration.ofSeconds(rs.getLong(7)),
				Duration.ofSeconds(rs.getLong(8)), rs.getDouble(9));
		var policy = new SlaPolicy(rs.getString(2), new UnitId(rs.getObject(3, UUID.class)), rs.getString(4),
				priority == null ? null : ((Number) priority).intValue(), targets);
		return new Stored(rs.getObject(1, UUID.class), policy, actions(rs.getArray(10)));
	}

	private static Set<BreachAction> actions(@Nullable Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(BreachAction::valueOf).collect(Collectors.toSet());
	}
}
