package io.dandelion.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules in force for one unit, in order; evaluating them yields a {@link Decision}. */
public record EffectivePolicy(List<EffectiveRule> rules) {

	public EffectivePolicy {
		rules = List.copyOf(rules);
	}

	public Decision evaluate(MessageFacts facts) {
		List<Decision.Match> matches = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (EffectiveRule effective : rules) {
			Rule rule = effective.rule();
			Optional<List<String>> reasons;
			try {
				reasons = rule.match(facts);
			}
			catch (Patterns.RegexTooSlow e) {
				problems.add("rule '" + rule.key() + "' skipped: its regular expression took too long");
				continue;
			}
			reasons.ifPresent(r -> matches.add(new Decision.Match(rule.key(), rule.name(), effective.owner(), r,
					rule.actions())));
		}
		return new Decision(matches, problems);
	}
}
