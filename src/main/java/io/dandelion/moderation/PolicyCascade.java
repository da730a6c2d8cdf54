package io.dandelion.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the rules in force for a unit from the policies along its path, root first: an ancestor's
 * rules apply below it; a descendant may replace (or switch off) a rule with the same key only when
 * that rule is overridable, and may add rules of its own.
 */
public final class PolicyCascade {

	private PolicyCascade() {
	}

	/** The effective policy for the last unit of {@code path}; {@code path} holds one policy per unit, root first. */
	public static EffectivePolicy resolve(List<Policy> path) {
		Map<String, EffectiveRule> rules = new LinkedHashMap<>();
		for (Policy policy : path) {
			for (Rule rule : policy.rules()) {
				EffectiveRule inherited = rules.get(rule.key());
				if (inherited == null) {
					rules.put(rule.key(), new EffectiveRule(rule, policy.unit(), null));
				}
				else if (!inherited.rule().locked() && !inherited.owner().equals(policy.unit())) {
					rules.put(rule.key(), new EffectiveRule(rule, policy.unit(), inherited.owner()));
				}
			}
		}
		return new EffectivePolicy(List.copyOf(rules.values()));
	}

	/**
	 * The overrides {@code proposed} makes of its ancestors' rules. Throws {@link LockedRuleException}
	 * when it tries to replace a locked one.
	 */
	public static List<Override> overrides(Policy proposed, List<Policy> ancestors) {
		EffectivePolicy inherited = resolve(ancestors);
		List<Override> overrides = new ArrayList<>();
		for (Rule rule : proposed.rules()) {
			for (EffectiveRule existing : inherited.rules()) {
				if (existing.rule().key().equals(rule.key())) {
					if (existing.rule().locked()) {
						throw new LockedRuleException(rule.key(), existing.owner());
					}
					overrides.add(new Override(existing.rule(), rule, existing.owner()));
				}
			}
		}
		return overrides;
	}

	/** A unit's rule replacing an ancestor's. */
	public record Override(Rule inherited, Rule replacement, io.dandelion.organisation.UnitId inheritedFrom) {
	}

	/** Thrown when a unit tries to override a rule its ancestor locked. */
	public static final class LockedRuleException extends IllegalArgumentException {

		public LockedRuleException(String key, io.dandelion.organisation.UnitId owner) {
			super("rule '" + key + "' is locked by unit " + owner + " and cannot be overridden here");
		}
	}
}
