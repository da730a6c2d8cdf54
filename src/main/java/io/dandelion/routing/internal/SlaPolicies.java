package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.routing.SlaPolicy;
import io.dandelion.routing.SlaTargets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies per unit subtree (optionally per account, platform and priority), and what happens on breach. A
 * policy on the hub applies to every spoke below it until a spoke sets a more specific one; spokes see
 * the hub's policies they inherit but change only their own. Every change is audited.
 */
@Service
public class SlaPolicies {

	private static final String SELECT = """
			select id, name, unit_id, platform, priority, extract(epoch from first_response)::bigint,
			       extract(epoch from next_response)::bigint, extract(epoch from resolution)::bigint, warn_at, on_breach, channel_id
			from sla_policy""";

	private final JdbcClient jdbc;
	private final Units units;
	private final ObjectProvider<Channels> channels;
	private final AuditLog audit;

	SlaPolicies(JdbcClient jdbc, Units units, ObjectProvider<Channels> channels, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.channels = channels;
		this.audit = audit;
	}

	/** Every policy; there are few (a handful per unit at most). */
	List<Stored> all() {
		return jdbc.sql(SELECT + " order by name").query(SlaPolicies::stored).list();
	}

	/** The policies of units where the caller reads conversations. */
	@Transactional(readOnly = true)
	public List<Stored> visibleTo(AccessScope scope) {
		Set<UnitId> readable = scope.units(Permission.CONVERSATIONS_READ);
		return all().stream().filter(p -> readable.contains(p.policy().unit())).toList();
	}

	/**
	 * The policies that apply to conversations of {@code unit}: its own and those it inherits from the units
	 * above it (the hub's defaults), nearest unit first; 404 when the caller does not read the unit.
	 */
	@Transactional(readOnly = true)
	public List<Applying> applyingTo(AccessScope scope, UnitId unit) {
		List<UnitId> path = readablePath(scope, unit);
		return all().stream()
			.filter(p -> path.contains(p.policy().unit()))
			.sorted(Comparator.<Stored>comparingInt(p -> -path.indexOf(p.policy().unit())).thenComparing(p -> p.policy().name()))
			.map(p -> new Applying(p, !p.policy().unit().equals(unit), scope.can(Permission.POLICIES_MANAGE, p.policy().unit())))
			.toList();
	}

	/** The one policy that applies to a conversation of {@code unit} on {@code platform} at {@code priority}. */
	@Transactional(readOnly = true)
	public Optional<Applying> effective(AccessScope scope, UnitId unit, @Nullable ChannelId channel, String platform,
			int priority) {
		List<UnitId> path = readablePath(scope, unit);
		List<Stored> all = all();
		List<SlaPolicy> models = all.stream().map(Stored::policy).toList();
		return SlaPolicy.mostSpecific(models, path, channel, platform, priority)
			.map(p -> all.get(models.indexOf(p)))
			.map(p -> new Applying(p, !p.policy().unit().equals(unit), scope.can(Permission.POLICIES_MANAGE, p.policy().unit())));
	}

	/** Adds a policy on a unit where the caller writes policies. */
	@Transactional
	public Stored create(AccessScope scope, SlaPolicy policy, Set<BreachAction> onBreach) {
		requireManaged(scope, policy.unit());
		requireAccountWithin(policy);
		UUID id = UUID.randomUUID();
		SlaTargets t = policy.targets();
		int added = unique(() -> jdbc.sql("""
				insert into sla_policy (id, name, unit_id, platform, priority, first_response, next_response, resolution,
				                        warn_at, on_breach, channel_id)
				values (?, ?, ?, ?, ?, ? * interval '1 second', ? * interval '1 second', ? * interval '1 second', ?, ?::text[], ?)
				on conflict do nothing""")
			.params(id, policy.name(), policy.unit().value(), policy.platform(), policy.priority(),
					t.firstResponse().toSeconds(), t.nextResponse().toSeconds(), t.resolution().toSeconds(), t.warnAt(),
					names(onBreach), channel(policy))
			.update());
		if (added == 0) {
			throw new IllegalArgumentException("that unit already has a policy for this platform and priority");
		}
		Stored stored = find(id).orElseThrow();
		audit.record(new AuditEntry(scope.actor(), "routing.sla-policy-created", policy.unit(), "sla-policy",
				id.toString(), null, state(stored)));
		return stored;
	}

	/** Changes a policy (its unit stays); the caller must write policies on its unit. */
	@Transactional
	public Stored update(AccessScope scope, UUID id, Function<UnitId, SlaPolicy> change, Set<BreachAction> onBreach) {
		Stored before = visible(scope, id);
		requireWrites(scope, before.policy().unit());
		SlaPolicy changed = change.apply(before.policy().unit());
		if (!changed.unit().equals(before.policy().unit())) {
			throw new IllegalArgumentException("a policy stays on its unit; create one on the other unit instead");
		}
		requireAccountWithin(changed);
		SlaTargets t = changed.targets();
		unique(() -> jdbc.sql("""
				update sla_policy set name = ?, platform = ?, priority = ?, first_response = ? * interval '1 second',
				       next_response = ? * interval '1 second', resolution = ? * interval '1 second', warn_at = ?,
				       on_breach = ?::text[], channel_id = ?
				where id = ?""")
			.params(changed.name(), changed.platform(), changed.priority(), t.firstResponse().toSeconds(),
					t.nextResponse().toSeconds(), t.resolution().toSeconds(), t.warnAt(), names(onBreach),
					channel(changed), id)
			.update());
		Stored after = find(id).orElseThrow();
		audit.record(new AuditEntry(scope.actor(), "routing.sla-policy-changed", before.policy().unit(), "sla-policy",
				id.toString(), state(before), state(after)));
		return after;
	}

	/** Removes a policy; timers it started keep running to their deadline. */
	@Transactional
	public void delete(AccessScope scope, UUID id) {
		Stored before = visible(scope, id);
		requireWrites(scope, before.policy().unit());
		jdbc.sql("delete from sla_policy where id = ?").param(id).update();
		audit.record(new AuditEntry(scope.actor(), "routing.sla-policy-deleted", before.policy().unit(), "sla-policy",
				id.toString(), state(before), null));
	}

	/** What happens when a timer is breached, besides the {@code SlaBreached} event that notifies. */
	public enum BreachAction {
		RAISE_PRIORITY, RETURN_TO_QUEUE, ESCALATE_TO_HUB
	}

	/** The unit or policy does not exist or lies outside the caller's scope (404). */
	public static class UnknownUnitException extends RuntimeException {

		UnknownUnitException(String message) {
			super(message);
		}
	}

	/** A stored policy with its id and breach actions. */
	public record Stored(UUID id, SlaPolicy policy, Set<BreachAction> onBreach) {
	}

	/** A policy as it applies to a unit: set on the unit itself or inherited from above, and whether the caller may change it. */
	public record Applying(Stored stored, boolean inherited, boolean editable) {
	}

	private Optional<Stored> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(SlaPolicies::stored).optional();
	}

	/** A policy the caller may see: on a unit they read, or inherited by one (404 otherwise). */
	private Stored visible(AccessScope scope, UUID id) {
		Set<UnitId> readable = scope.units(Permission.CONVERSATIONS_READ);
		return find(id)
			.filter(p -> readable.contains(p.policy().unit())
					|| units.subtreeIds(p.policy().unit()).stream().anyMatch(readable::contains))
			.orElseThrow(() -> new UnknownUnitException("no SLA policy " + id));
	}

	private List<UnitId> readablePath(AccessScope scope, UnitId unit) {
		if (!scope.can(Permission.CONVERSATIONS_READ, unit)) {
			throw new UnknownUnitException("no unit " + unit);
		}
		return units.path(unit).stream().map(UnitSummary::id).toList();
	}

	/** A policy for one account: the account belongs to the policy's unit or below it, on the policy's platform. */
	private void requireAccountWithin(SlaPolicy policy) {
		if (policy.channel() == null) {
			return;
		}
		Channels directory = channels.getIfAvailable();
		ChannelSummary account = (directory == null ? Optional.<ChannelSummary>empty() : directory.find(policy.channel()))
			.orElseThrow(() -> new IllegalArgumentException("no account " + policy.channel()));
		if (!units.subtreeIds(policy.unit()).contains(account.unit()) && !account.unit().equals(policy.unit())) {
			throw new IllegalArgumentException("the account belongs to a unit outside the policy's unit");
		}
		if (policy.platform() != null && !policy.platform().equals(account.platform())) {
			throw new IllegalArgumentException("the account is on " + account.platform() + ", not " + policy.platform());
		}
	}

	private static @Nullable UUID channel(SlaPolicy policy) {
		return policy.channel() == null ? null : policy.channel().value();
	}

	private static void requireManaged(AccessScope scope, UnitId unit) {
		if (!scope.can(Permission.CONVERSATIONS_READ, unit)) {
			throw new UnknownUnitException("no unit " + unit);
		}
		requireWrites(scope, unit);
	}

	private static void requireWrites(AccessScope scope, UnitId unit) {
		if (!scope.can(Permission.POLICIES_MANAGE, unit)) {
			throw new QueueWork.NotAllowedException("writing SLA policies there needs a role your grants do not give");
		}
	}

	private static int unique(java.util.function.IntSupplier write) {
		try {
			return write.getAsInt();
		}
		catch (DuplicateKeyException e) {
			throw new IllegalArgumentException("that unit already has a policy for this platform and priority", e);
		}
	}

	private static Map<String, Object> state(Stored p) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", p.policy().name());
		state.put("platform", p.policy().platform() == null ? "any" : p.policy().platform());
		state.put("priority", p.policy().priority() == null ? "any" : p.policy().priority());
		state.put("account", p.policy().channel() == null ? "any" : p.policy().channel().toString());
		state.put("firstResponse", p.policy().targets().firstResponse().toString());
		state.put("nextResponse", p.policy().targets().nextResponse().toString());
		state.put("resolution", p.policy().targets().resolution().toString());
		state.put("warnAt", p.policy().targets().warnAt());
		state.put("onBreach", names(p.onBreach()));
		return state;
	}

	private static String[] names(Set<BreachAction> actions) {
		return actions.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Object priority = rs.getObject(5);
		var targets = new SlaTargets(Duration.ofSeconds(rs.getLong(6)), Duration.ofSeconds(rs.getLong(7)),
				Duration.ofSeconds(rs.getLong(8)), rs.getDouble(9));
		UUID channel = rs.getObject(11, UUID.class);
		var policy = new SlaPolicy(rs.getString(2), new UnitId(rs.getObject(3, UUID.class)), rs.getString(4),
				priority == null ? null : ((Number) priority).intValue(), targets,
				channel == null ? null : new ChannelId(channel));
		return new Stored(rs.getObject(1, UUID.class), policy, actions(rs.getArray(10)));
	}

	private static Set<BreachAction> actions(@Nullable Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(BreachAction::valueOf).collect(Collectors.toSet());
	}
}
