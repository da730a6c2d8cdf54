package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.QueueId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues as a person sees them, and taking the next item from one. A queue is visible to the members
 * of its team and to whoever reads conversations in the team's unit; its counts only include the
 * conversations the caller may read, and an agent only takes conversations they may work.
 */
@Service
public class QueueWork {

	private final Queues queues;
	private final WorkItems items;
	private final Teams teams;
	private final ItemScopes scopes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	QueueWork(Queues queues, WorkItems items, Teams teams, ItemScopes scopes, AuditLog audit,
			ApplicationEventPublisher events) {
		this.queues = queues;
		this.items = items;
		this.teams = teams;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
	}

	/** The queues the caller may see, with what they hold within the caller's scope. */
	@Transactional(readOnly = true)
	public List<QueueView> visible(AccessScope scope) {
		List<Queue> visible = queues.all().stream().filter(visibility(scope)).toList();
		Map<QueueId, WorkItems.Counts> counts = items.counts(visible.stream().map(Queue::id).toList(),
				scopes.of(scope, Permission.CONVERSATIONS_READ));
		return visible.stream()
			.map(q -> QueueView.of(q, counts.getOrDefault(q.id(), WorkItems.Counts.NONE)))
			.sorted(Comparator.comparing(QueueView::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The caller takes the most pressing item of the queue they may work; empty when there is none. */
	@Transactional
	public Optional<WorkItem> takeNext(AccessScope scope, QueueId id) {
		Queue queue = queues.find(id).filter(visibility(scope)).orElseThrow(() -> new UnknownQueueException(id));
		MemberId agent = scope.member()
			.orElseThrow(() -> new NotAllowedException("only a signed-in member can take work from a queue"));
		ItemScope workable = scopes.of(scope, Permission.CONVERSATIONS_WORK);
		if (workable.isEmpty()) {
			throw new NotAllowedException("taking work needs the right to work conversations, which your roles do not give");
		}
		Optional<WorkItem> taken = items.takeNext(queue.id(), workable, agent);
		taken.ifPresent(item -> {
			var assignment = new ConversationsAssigned.Assignment(item.conversation(), item.unit(), item.queue(), agent,
					ConversationsAssigned.How.PULLED);
			items.recordAssignments(List.of(assignment), null);
			audit.record(new AuditEntry(scope.actor(), "routing.pulled", item.unit(), "conversation",
					item.conversation().toString(), null, Map.of("queue", queue.name(), "agent", agent.toString())));
			events.publishEvent(new ConversationsAssigned(List.of(assignment)));
		});
		return taken;
	}

	private Predicate<Queue> visibility(AccessScope scope) {
		Set<TeamId> ownTeams = scope.member()
			.map(m -> teams.ofMember(m).stream().map(TeamSummary::id).collect(Collectors.toSet()))
			.orElse(Set.of());
		Set<UnitId> readable = scope.units(Permission.CONVERSATIONS_READ);
		return q -> ownTeams.contains(q.team()) || readable.contains(q.unit());
	}

	/** A queue with its counts, as the API and the pages show it. */
	public record QueueView(QueueId id, String name, TeamId team, UnitId unit, String role,
			Set<String> languages, int waiting, int assigned, @Nullable Instant oldestWaitingSince, int overdue) {

		static QueueView of(Queue q, WorkItems.Counts counts) {
			return new QueueView(q.id(), q.name(), q.team(), q.unit(), q.role().name(), q.languages(), counts.waiting(),
					counts.assigned(), counts.oldestWaitingSince(), counts.overdue());
		}
	}

	/** The queue does not exist or the caller may not see it (reported alike: 404). */
	public static class UnknownQueueException extends RuntimeException {

		UnknownQueueException(QueueId id) {
			super("no queue " + id);
		}
	}

	/** The caller sees the subject but their roles do not allow this (403). */
	public static class NotAllowedException extends RuntimeException {

		NotAllowedException(String message) {
			super(message);
		}
	}
}
