package io.dandelion.moderation;

import io.dandelion.organisation.UnitId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules one unit sets: the hub's apply to the whole tree, a spoke's to its subtree. */
public record Policy(UnitId unit, List<Rule> rules) {

	public Policy {
		rules = List.copyOf(rules);
	}

	public static Policy empty(UnitId unit) {
		return new Policy(unit, List.of());
	}

	/** Validates every rule and that no key appears twice; throws {@link IllegalArgumentException}. */
	public void validate() {
		Set<String> keys = new HashSet<>();
		for (Rule rule : rules) {
			rule.validate();
			if (!keys.add(rule.key())) {
				throw new IllegalArgumentException("rule key '" + rule.key() + "' appears twice in one policy");
			}
		}
	}
}
