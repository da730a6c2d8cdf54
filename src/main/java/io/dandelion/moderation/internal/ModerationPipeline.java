package io.dandelion.moderation.internal;

import io.dandelion.analysis.Analysis;
import io.dandelion.analysis.Analyzer;
import io.dandelion.analysis.TextToAnalyse;
import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.InboundItem;
import io.dandelion.conversations.ConversationChanges;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.MessagesReceived;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.EffectivePolicy;
import io.dandelion.moderation.MessageFacts;
import io.dandelion.moderation.Decision;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.moderation.ModerationActionsTaken.TakenAction;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The moderation step of the pipeline, one transaction per received batch: analyse the inbound
 * messages with their context, apply the unit's effective policy, store the decisions (a redelivered
 * batch changes nothing), record the conversations' languages, open review items, store the platform
 * actions and publish one {@link MessagesModerated}; the platform actions run once that committed.
 */
@Component
class ModerationPipeline {

	private final Messages messages;
	private final ObjectProvider<Analyzer> analyzers;
	private final Units units;
	private final PolicyAdministration policies;
	private final Decisions decisions;
	private final ReviewQueue reviews;
	private final PlatformActions actions;
	private final ReplyTexts replies;
	private final ConversationChanges conversations;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	ModerationPipeline(Messages messages, ObjectProvider<Analyzer> analyzers, Units units, PolicyAdministration policies,
			Decisions decisions, ReviewQueue reviews, PlatformActions actions, ReplyTexts replies,
			ConversationChanges conversations, AuditLog audit, ApplicationEventPublisher events) {
		this.messages = messages;
		this.analyzers = analyzers;
		this.units = units;
		this.policies = policies;
		this.decisions = decisions;
		this.reviews = reviews;
		this.actions = actions;
		this.replies = replies;
		this.conversations = conversations;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(MessagesReceived batch) {
		// without an analyser the batch cannot be moderated: failing leaves the publication to be resubmitted
		Analyzer analyzer = analyzers.getIfAvailable();
		if (analyzer == null) {
			throw new IllegalStateException("no Analyzer is available: a batch of " + batch.messages().size()
					+ " messages waits for the analysis module");
		}
		List<ReceivedMessage> inbound = messages.load(batch.messages()).stream()
			.filter(m -> m.direction() == InboundItem.Direction.INBOUND)
			.toList();
		if (inbound.isEmpty()) {
			return;
		}
		List<UnitSummary> path = units.path(batch.unit());
		UnitSummary unit = path.isEmpty() ? null : path.get(path.size() - 1);
		List<String> languages = unit == null ? List.of() : unit.languages();
		var history = decisions.authors(inbound.stream().map(ReceivedMessage::author).toList());
		List<Analysis> analyses = analyzer.analyzeAll(inbound.stream()
			.map(m -> new TextToAnalyse(m.text(), languages, m.conversationLanguage(),
					history.getOrDefault(m.author(), Decisions.AuthorHistory.none()).language(),
					unit == null ? null : unit.countryCode(), m.platform()))
			.toList());
		EffectivePolicy policy = policies.effective(batch.unit());
		List<UnitId> unitPath = path.isEmpty() ? List.of(batch.unit()) : path.stream().map(UnitSummary::id).toList();
		ZoneId zone = unit == null ? ZoneOffset.UTC : ZoneId.of(unit.timeZone());
		List<Moderated> moderated = new ArrayList<>();
		for (int i = 0; i < inbound.size(); i++) {
			ReceivedMessage m = inbound.get(i);
			Analysis a = analyses.get(i);
			var facts = new MessageFacts(m.id().value(), unitPath, m.channel().value(), m.platform(), a.language(),
					a.languageConfidence(), a.intent(), a.sentiment(), a.labels(), m.text(),
					history.getOrDefault(m.author(), Decisions.AuthorHistory.none()).facts(), m.createdAt(), zone);
			moderated.add(new Moderated(m, a, policy.evaluate(facts)));
		}
		var fresh = decisions.store(moderated);
		List<Moderated> decided = moderated.stream().filter(m -> fresh.contains(m.message().id())).toList();
		if (decided.isEmpty()) {
			return;
		}
		record(batch, decided, unitPath, languages);
	}

	private void record(MessagesReceived batch, List<Moderated> decided, List<UnitId> unitPath, List<String> languages) {
		Map<ConversationId, String> conversationLanguages = new LinkedHashMap<>();
		decided.stream()
			.filter(m -> !Analysis.UNDETERMINED.equals(m.analysis().language()))
			.forEach(m -> conversationLanguages.put(m.message().conversation(), m.analysis().language()));
		conversations.recordLanguages(conversationLanguages);
		var consequences = new Consequences(decided, languages,
				(name, preferred) -> replies.find(unitPath, name, preferred));
		reviews.open(consequences.openings);
		actions.enqueue(consequences.actions);
		for (Moderated m : decided) {
			if (!m.decision().isEmpty()) {
				audit.record(new AuditEntry("system", "moderation.decided", m.message().unit(), "message",
						m.message().id().toString(), null, Map.of("matches", RuleJson.tree(m.decision().matches()),
								"actions", RuleJson.tree(m.actions()))));
			}
		}
		events.publishEvent(new MessagesModerated(batch.channel(), batch.unit(), consequences.moderated));
		List<TakenAction> taken = decided.stream().flatMap(m -> taken(m).stream()).toList();
		if (!taken.isEmpty()) {
			events.publishEvent(new ModerationActionsTaken(taken));
		}
		actions.runAfterCommit(consequences.actions);
	}

	/** The settled actions of one message, each with the first matching rule that asked for it as its reason. */
	private static List<TakenAction> taken(Moderated m) {
		ReceivedMessage message = m.message();
		Instant at = Instant.now();
		return m.actions().stream().map(action -> {
			String rule = m.decision().matches().stream()
				.filter(match -> match.actions().stream().anyMatch(a -> a.kind().equals(action.kind())))
				.map(Decision.Match::ruleName)
				.findFirst()
				.orElse("policy");
			return new TakenAction(message.id(), message.conversation(), message.channel(), message.unit(),
					message.platform(), m.analysis().language(), action.kind(), rule, true, null, at);
		}).toList();
	}
}
