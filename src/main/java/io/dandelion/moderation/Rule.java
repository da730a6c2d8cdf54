package io.dandelion.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A named rule: when every condition holds, its actions apply. {@code key} identifies the rule across
 * the tree, so that a unit's rule with the same key overrides an ancestor's overridable one.
 * {@code locked} rules cannot be overridden below the unit that owns them.
 */
public record Rule(String key, String name, List<Condition> conditions, List<Action> actions, boolean locked,
		boolean enabled) {

	public Rule {
		conditions = List.copyOf(conditions);
		actions = List.copyOf(actions);
	}

	/** Throws {@link IllegalArgumentException} with a sentence when the rule cannot be saved as it is. */
	public void validate() {
		if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,62}")) {
			throw new IllegalArgumentException(
					"a rule key is 1 to 63 lower-case letters, digits or dashes, like 'hide-spam': " + key);
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("rule '" + key + "' needs a name");
		}
		if (enabled && actions.isEmpty()) {
			throw new IllegalArgumentException("rule '" + key + "' has no action");
		}
		conditions.forEach(Condition::validate);
		actions.forEach(Action::validate);
	}

	/** The reasons every condition gave, or empty when one of them does not hold (or the rule is off). */
	public Optional<List<String>> match(MessageFacts facts) {
		if (!enabled) {
			return Optional.empty();
		}
		List<String> reasons = new ArrayList<>(conditions.size());
		for (Condition condition : conditions) {
			Optional<String> reason = condition.test(facts);
			if (reason.isEmpty()) {
				return Optional.empty();
			}
			reasons.add(reason.get());
		}
		return Optional.of(reasons);
	}

	/** This rule switched off, as a unit overrides it to opt out. */
	public Rule disabled() {
		return new Rule(key, name, conditions, actions, locked, false);
	}
}
