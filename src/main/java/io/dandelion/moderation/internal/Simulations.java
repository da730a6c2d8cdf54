package io.dandelion.moderation.internal;

import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.EffectivePolicy;
import io.dandelion.moderation.MessageFacts;
import io.dandelion.moderation.Policy;
import io.dandelion.moderation.PolicyCascade;
import io.dandelion.moderation.Rule;
import io.dandelion.moderation.Simulation;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a draft of a unit's own rules over the messages its subtree received in the last days, next to
 * the rules in force, in the background: the caller follows the progress and reads what the draft would
 * have done and which decisions it changes. Runs are kept in memory (the last 50), one at a time.
 */
@Service
class Simulations {

	static final int BATCH = 500;
	static final int MAX_CHANGES = 25;

	private static final Logger log = LoggerFactory.getLogger(Simulations.class);

	private final PolicyAdministration policies;
	private final Units units;
	private final Decisions decisions;
	private final Messages messages;
	private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "moderation-simulation");
		thread.setDaemon(true);
		return thread;
	});

	Simulations(PolicyAdministration policies, Units units, Decisions decisions, Messages messages) {
		this.policies = policies;
		this.units = units;
		this.decisions = decisions;
		this.messages = messages;
	}

	/** One simulation: its progress and findings so far. */
	static final class Run {

		final UUID id = UUID.randomUUID();
		final UnitId unit;
		final int days;
		final Simulation current;
		final Simulation draft;
		final List<ModerationViews.Change> changes = new ArrayList<>();
		final Map<UnitId, EffectivePolicy> now;
		final Map<UnitId, EffectivePolicy> drafted;
		volatile long changed;
		volatile @Nullable String failure;
		volatile boolean finished;

		Run(UnitId unit, int days, long expected, Map<UnitId, EffectivePolicy> now, Map<UnitId, EffectivePolicy> drafted) {
			this.unit = unit;
			this.days = days;
			this.now = now;
			this.drafted = drafted;
			this.current = new Simulation(f -> now.get(f.unit()), expected);
			this.draft = new Simulation(f -> drafted.get(f.unit()), expected);
		}

		synchronized List<ModerationViews.Change> changes() {
			return List.copyOf(changes);
		}
	}

	/** Starts simulating {@code rules} as the unit's own policy over the last {@code days} days. */
	Run start(AccessScope scope, UnitId unit, List<Rule> rules, int days) {
		policies.view(scope, unit);
		if (!scope.can(Permission.POLICIES_MANAGE, unit)) {
			throw ModerationException.forbidden("simulating a change of this unit's policy needs the right to manage policies there");
		}
		if (days < 1 || days > 90) {
			throw new IllegalArgumentException("a simulation looks back 1 to 90 days, not " + days);
		}
		Policy proposed = new Policy(unit, rules);
		proposed.validate();
		List<UnitSummary> path = units.path(unit);
		PolicyCascade.overrides(proposed, policies.pathPolicies(path.subList(0, path.size() - 1)));
		Instant since = Instant.now().minusSeconds(86_400L * days);
		List<UnitId> subtree = List.copyOf(units.subtreeIds(unit));
		Map<UnitId, EffectivePolicy> now = new HashMap<>();
		Map<UnitId, EffectivePolicy> drafted = new HashMap<>();
		for (UnitId u : subtree) {
			now.put(u, policies.effective(u));
			drafted.put(u, policies.effectiveWith(u, proposed));
		}
		Run run = new Run(unit, days, decisions.countSince(subtree, since), now, drafted);
		if (runs.size() >= 50) {
			runs.values().stream().filter(r -> r.finished).findFirst().ifPresent(r -> runs.remove(r.id));
		}
		runs.put(run.id, run);
		worker.submit(() -> work(run, subtree, since));
		return run;
	}

	Optional<Run> find(AccessScope scope, UUID id) {
		return Optional.ofNullable(runs.get(id)).filter(run -> scope.can(Permission.POLICIES_MANAGE, run.unit));
	}

	private void work(Run run, List<UnitId> subtree, Instant since) {
		try {
			Decisions.Cursor cursor = null;
			while (true) {
				List<Decisions.PastDecision> page = decisions.since(subtree, since, cursor, BATCH);
				if (page.isEmpty()) {
					break;
				}
				feed(run, page);
				var last = page.get(page.size() - 1);
				cursor = new Decisions.Cursor(last.receivedAt(), last.message());
			}
		}
		catch (RuntimeException e) {
			log.warn("simulation {} failed", run.id, e);
			run.failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
		finally {
			run.finished = true;
		}
	}

	private void feed(Run run, List<Decisions.PastDecision> page) {
		Map<MessageId, ReceivedMessage> texts = new HashMap<>();
		messages.load(page.stream().map(Decisions.PastDecision::message).toList()).forEach(m -> texts.put(m.id(), m));
		List<MessageFacts> facts = new ArrayList<>();
		for (Decisions.PastDecision past : page) {
			ReceivedMessage message = texts.get(past.message());
			if (message != null) {
				List<UnitSummary> path = units.path(past.unit());
				ZoneId zone = path.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(path.get(path.size() - 1).timeZone());
				facts.add(past.facts(message, path.stream().map(UnitSummary::id).toList(), zone));
			}
		}
		run.current.feed(facts);
		run.draft.feed(facts);
		for (MessageFacts f : facts) {
			List<String> before = kinds(run.now.get(f.unit()), f);
			List<String> after = kinds(run.drafted.get(f.unit()), f);
			if (!before.equals(after)) {
				synchronized (run) {
					run.changed++;
					if (run.changes.size() < MAX_CHANGES) {
						run.changes.add(new ModerationViews.Change(f.messageId().toString(), excerpt(f.text()), before, after));
					}
				}
			}
		}
	}

	private static List<String> kinds(EffectivePolicy policy, MessageFacts facts) {
		return policy.evaluate(facts).actions().stream().map(Action::kind).sorted().toList();
	}

	private static String excerpt(String text) {
		return text.length() <= 160 ? text : text.substring(0, 159) + "…";
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
