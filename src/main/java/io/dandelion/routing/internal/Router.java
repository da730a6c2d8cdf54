package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.MessagesModerated;
import io.dandelion.moderation.MessagesModerated.ModeratedMessage;
import io.dandelion.routing.ConversationsRouted;
import io.dandelion.routing.ConversationsRouted.RoutedConversation;
import io.dandelion.routing.FallbackChain;
import io.dandelion.routing.RoutingDecision;
import io.dandelion.routing.RoutingRequest;
import io.dandelion.routing.RoutingTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routes every conversation of a moderated batch that needs an answer from a person: the default chain
 * (country helpers with the language, an agency with it, the hub, triage for undetermined language)
 * unless a policy rule named a queue or the account is lent to another team. A conversation already waiting or being worked stays where it
 * is and only becomes more urgent if its new messages are. One transaction and a handful of
 * statements per batch; one {@link ConversationsRouted} per batch. A message is routed once: a batch
 * handed over again (Spring Modulith resubmits a publication whose completion was not recorded) changes
 * nothing for the messages already seen.
 */
@Component
class Router {

	private final Messages messages;
	private final OrganisationDirectory directory;
	private final WorkItems items;
	private final SlaClock sla;
	private final Loans loans;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	Router(Messages messages, OrganisationDirectory directory, WorkItems items, SlaClock sla, Loans loans,
			AuditLog audit, ApplicationEventPublisher events) {
		this.messages = messages;
		this.directory = directory;
		this.items = items;
		this.sla = sla;
		this.loans = loans;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(MessagesModerated batch) {
		route(batch);
	}

	/** Routes the batch in the caller's transaction; returns what was put into queues. */
	List<RoutedConversation> route(MessagesModerated batch) {
		List<ModeratedMessage> candidates = batch.messages().stream().filter(m -> m.needsAnswer() && !m.deleted()).toList();
		if (candidates.isEmpty()) {
			return List.of();
		}
		// a batch handed over again (resubmitted after a crash) routes only what it did not route before
		Set<MessageId> fresh = items.firstSeen(candidates.stream().map(ModeratedMessage::message).toList());
		List<ModeratedMessage> needing = candidates.stream().filter(m -> fresh.contains(m.message())).toList();
		if (needing.isEmpty()) {
			return List.of();
		}
		Map<MessageId, ReceivedMessage> stored = messages.load(needing.stream().map(ModeratedMessage::message).toList())
			.stream()
			.collect(Collectors.toMap(ReceivedMessage::id, Function.identity()));
		Map<ConversationId, Waiting> waiting = new LinkedHashMap<>();
		for (ModeratedMessage message : needing) {
			ReceivedMessage received = stored.get(message.message());
			if (received != null) {
				waiting.merge(message.conversation(), Waiting.of(message, received), Waiting::and);
			}
		}
		Set<ConversationId> active = items.activeAmong(waiting.keySet());
		items.raisePriority(active.stream().collect(Collectors.toMap(c -> c, c -> waiting.get(c).priority())));
		List<RoutedConversation> decided = new ArrayList<>();
		Map<ConversationId, WorkItems.Enqueued> facts = new HashMap<>();
		FallbackChain chain = new FallbackChain(directory.forBatch());
		Placement placement = directory.placement();
		Map<UUID, RoutingTarget> lent = directory.borrowers(loans.current());
		waiting.forEach((conversation, w) -> {
			if (active.contains(conversation)) {
				return;
			}
			RoutingDecision decision = chain.route(new RoutingRequest(w.unit(), w.language(), w.platform(), w.intent(),
					w.routeTo(), lent.get(w.channel())));
			Queue queue = placement.place(decision, w.unit(), w.language(), w.channel(), w.intent(), w.priority());
			decided.add(new RoutedConversation(conversation, w.unit(), queue.id(), queue.team(), w.language(),
					w.priority(), decision.step(), decision.reason()));
			facts.put(conversation, w.enqueued());
		});
		Set<ConversationId> queued = items.enqueue(decided, facts);
		List<RoutedConversation> routed = decided.stream().filter(r -> queued.contains(r.conversation())).toList();
		items.recordDecisions(routed, facts);
		sla.routed(routed.stream().map(r -> waiting.get(r.conversation()).start(r.conversation())).toList());
		sla.wroteAgain(active.stream().map(c -> waiting.get(c).start(c)).toList());
		routed.forEach(r -> audit.record(new AuditEntry("system", "routing.routed", r.unit(), "conversation",
				r.conversation().toString(), null, Map.of("queue", r.queue().toString(), "team", r.team().toString(),
						"step", r.step().name(), "reason", r.reason()))));
		if (!routed.isEmpty()) {
			events.publishEvent(new ConversationsRouted(routed));
		}
		return routed;
	}
}
