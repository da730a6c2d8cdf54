package io.dandelion.moderation;

import io.dandelion.organisation.UnitId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the policy decided for one message: the rules that matched, each with its reasons, and the
 * actions that follow once conflicts are settled (delete supersedes hide; the most urgent priority
 * wins; the first matching route wins; tags and reviews accumulate).
 */
public record Decision(List<Match> matches, List<String> problems) {

	public Decision {
		matches = List.copyOf(matches);
		problems = List.copyOf(problems);
	}

	/** One rule that matched, with the reason each of its conditions gave. */
	public record Match(String ruleKey, String ruleName, UnitId owner, List<String> reasons, List<Action> actions) {
	}

	public List<Action> actions() {
		List<Action> all = matches.stream().flatMap(m -> m.actions().stream()).toList();
		List<Action> settled = new ArrayList<>();
		Optional<Action.Delete> delete = all.stream()
			.filter(Action.Delete.class::isInstance)
			.map(Action.Delete.class::cast)
			.reduce((a, b) -> new Action.Delete(a.secondPerson() || b.secondPerson()));
		delete.ifPresent(settled::add);
		if (delete.isEmpty() && all.stream().anyMatch(Action.Hide.class::isInstance)) {
			settled.add(new Action.Hide());
		}
		all.stream()
			.filter(Action.SetPriority.class::isInstance)
			.map(Action.SetPriority.class::cast)
			.min((a, b) -> Integer.compare(a.priority(), b.priority()))
			.ifPresent(settled::add);
		all.stream().filter(Action.RouteTo.class::isInstance).findFirst().ifPresent(settled::add);
		Set<Action> accumulated = new LinkedHashSet<>();
		all.stream()
			.filter(a -> a instanceof Action.Tag || a instanceof Action.FlagForReview || a instanceof Action.AutoReply)
			.forEach(accumulated::add);
		settled.addAll(accumulated);
		return List.copyOf(settled);
	}

	public boolean isEmpty() {
		return matches.isEmpty();
	}
}
