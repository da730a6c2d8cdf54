package io.dandelion.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a draft policy over past messages and tells what it would have done: how many messages each
 * action would have hit, how often each rule matched, and a few examples of each with the reasons.
 * Feed it messages in any number of batches; read the {@link #report()} at any time for progress.
 */
public final class Simulation {

	private static final int EXAMPLES_PER_ACTION = 5;

	private final Function<MessageFacts, EffectivePolicy> policyFor;
	private final long expected;
	private long seen;
	private long matched;
	private final Map<String, Long> actionCounts = new LinkedHashMap<>();
	private final Map<String, Long> ruleCounts = new LinkedHashMap<>();
	private final Map<String, List<Example>> examples = new LinkedHashMap<>();

	/** {@code policyFor} gives the draft's effective policy for a message's unit; {@code expected} the total, for progress. */
	public Simulation(Function<MessageFacts, EffectivePolicy> policyFor, long expected) {
		this.policyFor = policyFor;
		this.expected = expected;
	}

	public synchronized void feed(List<MessageFacts> batch) {
		for (MessageFacts facts : batch) {
			seen++;
			Decision decision = policyFor.apply(facts).evaluate(facts);
			if (decision.isEmpty()) {
				continue;
			}
			matched++;
			decision.matches().forEach(m -> ruleCounts.merge(m.ruleKey(), 1L, Long::sum));
			for (Action action : decision.actions()) {
				actionCounts.merge(action.kind(), 1L, Long::sum);
				List<Example> list = examples.computeIfAbsent(action.kind(), k -> new ArrayList<>());
				if (list.size() < EXAMPLES_PER_ACTION) {
					list.add(new Example(facts.messageId().toString(), excerpt(facts.text()),
							decision.matches().stream().flatMap(m -> m.reasons().stream()).toList()));
				}
			}
		}
	}

	public synchronized Report report() {
		return new Report(expected, seen, matched, Map.copyOf(actionCounts), Map.copyOf(ruleCounts),
				Map.copyOf(examples));
	}

	private static String excerpt(String text) {
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

	/** One message the draft would have acted on, and why. */
	public record Example(String messageId, String excerpt, List<String> reasons) {
	}

	/** What the draft would have done so far; {@code seen}/{@code expected} is the progress. */
	public record Report(long expected, long seen, long matched, Map<String, Long> actions, Map<String, Long> rules,
			Map<String, List<Example>> examples) {

		public int percentDone() {
			return expected == 0 ? 100 : (int) Math.min(100, seen * 100 / expected);
		}
	}
}
