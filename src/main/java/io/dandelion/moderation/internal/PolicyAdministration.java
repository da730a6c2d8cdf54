package io.dandelion.moderation.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.moderation.EffectivePolicy;
import io.dandelion.moderation.Policy;
import io.dandelion.moderation.PolicyCascade;
import io.dandelion.moderation.Rule;
import io.dandelion.moderation.internal.Policies.StoredPolicy;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves unit policies under the caller's scope. A caller sees the policies of the units they
 * may read or moderate and of those units' ancestors (whose rules apply to them); they change a unit's
 * policy only with {@link Permission#POLICIES_MANAGE} on it, and never a rule an ancestor locked.
 * Every save, and every override it makes, is audited.
 */
@Service
class PolicyAdministration {

	private static final List<Permission> READING = List.of(Permission.POLICIES_MANAGE, Permission.MODERATE,
			Permission.CONVERSATIONS_READ);

	private final Policies policies;
	private final Units units;
	private final AuditLog audit;

	PolicyAdministration(Policies policies, Units units, AuditLog audit) {
		this.policies = policies;
		this.units = units;
		this.audit = audit;
	}

	/** A unit's own policy, where it sits, and what is in force there. */
	record PolicyView(UnitSummary unit, List<UnitSummary> path, int version, List<Rule> rules,
			@Nullable String savedBy, @Nullable Instant savedAt, EffectivePolicy effective, boolean editable) {
	}

	/** The units whose policy the caller may read, in tree order. */
	List<UnitSummary> readable(AccessScope scope) {
		Set<UnitId> ids = readableIds(scope);
		return units.root().map(root -> units.subtree(root.id())).orElse(List.of()).stream()
			.filter(unit -> ids.contains(unit.id()))
			.toList();
	}

	PolicyView view(AccessScope scope, UnitId unit) {
		UnitSummary summary = readableUnit(scope, unit);
		List<UnitSummary> path = units.path(unit);
		Optional<StoredPolicy> own = policies.current(unit);
		return new PolicyView(summary, path, own.map(StoredPolicy::version).orElse(0),
				own.map(StoredPolicy::rules).orElse(List.of()), own.map(StoredPolicy::savedBy).orElse(null),
				own.map(StoredPolicy::savedAt).orElse(null), PolicyCascade.resolve(pathPolicies(path)),
				scope.can(Permission.POLICIES_MANAGE, unit));
	}

	List<StoredPolicy> history(AccessScope scope, UnitId unit) {
		readableUnit(scope, unit);
		return policies.history(unit);
	}

	/**
	 * Saves {@code rules} as the unit's new policy. {@code basedOn} is the version the caller edited
	 * (null: whatever is current). Returns the new version.
	 */
	@Transactional
	int save(AccessScope scope, UnitId unit, @Nullable Integer basedOn, List<Rule> rules) {
		readableUnit(scope, unit);
		if (!scope.can(Permission.POLICIES_MANAGE, unit)) {
			throw ModerationException.forbidden("changing this unit's policy needs the right to manage policies there");
		}
		return store(scope.actor(), unit, basedOn, rules);
	}

	/** Saves as the system (seeding), with the same validation and audit but no scope to check. */
	@Transactional
	int saveAsSystem(UnitId unit, List<Rule> rules) {
		return store("system", unit, null, rules);
	}

	private int store(String actor, UnitId unit, @Nullable Integer basedOn, List<Rule> rules) {
		Policy proposed = new Policy(unit, rules);
		proposed.validate();
		List<UnitSummary> path = units.path(unit);
		List<Policy> ancestors = pathPolicies(path.subList(0, Math.max(0, path.size() - 1)));
		List<PolicyCascade.Override> overrides = PolicyCascade.overrides(proposed, ancestors);
		Optional<StoredPolicy> current = policies.current(unit);
		int currentVersion = current.map(StoredPolicy::version).orElse(0);
		if (basedOn != null && basedOn != currentVersion) {
			throw ModerationException.conflict("the policy is at version " + currentVersion + ", not " + basedOn
					+ "; reload it and apply your change again");
		}
		int version;
		try {
			version = policies.save(unit, currentVersion, rules, actor);
		}
		catch (Policies.ConcurrentChangeException e) {
			throw ModerationException.conflict(e.getMessage());
		}
		List<Rule> before = current.map(StoredPolicy::rules).orElse(List.of());
		audit.record(new AuditEntry(actor, "moderation.policy-saved", unit, "policy", unit + "@" + version,
				current.isEmpty() ? null : RuleJson.tree(before), RuleJson.tree(rules)));
		Map<String, Rule> previous = before.stream()
			.collect(java.util.stream.Collectors.toMap(Rule::key, r -> r, (a, b) -> a));
		for (PolicyCascade.Override override : overrides) {
			Rule replacement = override.replacement();
			if (!Objects.equals(previous.get(replacement.key()), replacement)) {
				audit.record(new AuditEntry(actor, "moderation.rule-overridden", unit, "rule",
						unit + "/" + replacement.key(), RuleJson.tree(override.inherited()), RuleJson.tree(replacement)));
			}
		}
		return version;
	}

	/** The policy in force for {@code unit}: system work, for the pipeline. */
	EffectivePolicy effective(UnitId unit) {
		List<UnitSummary> path = units.path(unit);
		if (path.isEmpty()) {
			return PolicyCascade.resolve(List.of(policies.current(unit).map(StoredPolicy::policy)
				.orElse(Policy.empty(unit))));
		}
		return PolicyCascade.resolve(pathPolicies(path));
	}

	/** The policy that would be in force for {@code unit} if {@code draft} replaced its owner's own rules. */
	EffectivePolicy effectiveWith(UnitId unit, Policy draft) {
		List<UnitSummary> path = units.path(unit);
		return PolicyCascade.resolve(pathPolicies(path).stream()
			.map(policy -> policy.unit().equals(draft.unit()) ? draft : policy)
			.toList());
	}

	List<Policy> pathPolicies(List<UnitSummary> path) {
		Map<UnitId, StoredPolicy> stored = policies.current(path.stream().map(UnitSummary::id).toList());
		return path.stream()
			.map(u -> stored.containsKey(u.id()) ? stored.get(u.id()).policy() : Policy.empty(u.id()))
			.toList();
	}

	private UnitSummary readableUnit(AccessScope scope, UnitId unit) {
		return units.find(unit)
			.filter(u -> readableIds(scope).contains(u.id()))
			.orElseThrow(() -> ModerationException.notFound("no policy for unit " + unit));
	}

	private Set<UnitId> readableIds(AccessScope scope) {
		Set<UnitId> ids = new LinkedHashSet<>();
		for (Permission permission : READING) {
			for (UnitId unit : scope.units(permission)) {
				if (ids.add(unit)) {
					units.ancestors(unit).forEach(a -> ids.add(a.id()));
				}
			}
		}
		return ids;
	}
}
