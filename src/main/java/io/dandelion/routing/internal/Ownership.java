package io.dandelion.routing.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.AgentLoad.Presence;
import io.dandelion.routing.ConversationsAssigned;
import io.dandelion.routing.OwnershipChanged;
import io.dandelion.routing.OwnershipChanged.Change;
import io.dandelion.routing.RoutingDecision;
import io.dandelion.routing.RoutingDirectory;
import io.dandelion.routing.RoutingTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a conversation, changed by people: taking it (from the queue, or from a colleague who is
 * away, or from anyone for a unit admin), handing it to a colleague or a team with a note, escalating
 * it to the customer's country helpers, the hub or a named team with a reason. Every change is
 * audited and recorded in the conversation's routing history.
 */
@Service
public class Ownership {

	private final WorkItems items;
	private final OrganisationDirectory organisation;
	private final Presences presences;
	private final MemberDirectory members;
	private final Teams teams;
	private final ItemScopes scopes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	Ownership(WorkItems items, OrganisationDirectory organisation, Presences presences, MemberDirectory members,
			Teams teams, ItemScopes scopes, AuditLog audit, ApplicationEventPublisher events) {
		this.items = items;
		this.organisation = organisation;
		this.presences = presences;
		this.members = members;
		this.teams = teams;
		this.scopes = scopes;
		this.audit = audit;
		this.events = events;
	}

	/** The caller takes the conversation. */
	@Transactional
	public WorkItem take(AccessScope scope, ConversationId conversation) {
		WorkItem item = workable(scope, conversation);
		MemberId me = scope.member().orElseThrow(() -> new QueueWork.NotAllowedException("only a member can take work"));
		if (me.equals(item.assignee())) {
			return item;
		}
		if (item.assignee() != null && presences.of(item.assignee()).presence() == Presence.ONLINE
				&& !scope.can(Permission.ORGANISATION_MANAGE, item.unit())) {
			throw new QueueWork.NotAllowedException(
					"a colleague who is online holds this conversation; ask them to hand it off, or a unit admin to take it");
		}
		return assignTo(scope, item, me, ConversationsAssigned.How.TAKEN, Change.TAKEN, null);
	}

	/** The holder (or a unit admin) hands the conversation to a colleague, with a note. */
	@Transactional
	public WorkItem handToMember(AccessScope scope, ConversationId conversation, MemberId to, String note) {
		WorkItem item = movable(scope, conversation);
		requireText(note, "note");
		AccessScope theirs = members.scopeOf(to);
		if (!scopes.of(theirs, Permission.CONVERSATIONS_WORK).covers(item)) {
			throw new IllegalArgumentException("that member cannot work conversations of this unit and language");
		}
		return assignTo(scope, item, to, ConversationsAssigned.How.HANDED_OFF, Change.HANDED_OFF, note);
	}

	/** The holder (or a unit admin) hands the conversation to another team's queue, with a note. */
	@Transactional
	public WorkItem handToTeam(AccessScope scope, ConversationId conversation, TeamId team, String note) {
		WorkItem item = movable(scope, conversation);
		requireText(note, "note");
		var target = teams.find(team)
			.map(t -> new RoutingTarget(t.id(), t.name()))
			.orElseThrow(() -> new IllegalArgumentException("no team " + team.value()));
		return requeue(scope, item, target, RoutingDecision.Step.COUNTRY_HELPERS, "HANDED_OFF", Change.HANDED_OFF, note);
	}

	/** Anyone who may work the conversation escalates it, with a reason. */
	@Transactional
	public WorkItem escalate(AccessScope scope, ConversationId conversation, Escalation to, @Nullable TeamId team,
			String reason) {
		WorkItem item = workable(scope, conversation);
		requireText(reason, "reason");
		RoutingDirectory directory = organisation.forBatch();
		RoutingTarget target = switch (to) {
			case COUNTRY_HELPERS -> directory.countryHelpers(item.unit(), item.language())
				.stream()
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"no care helpers of the customer's country speak " + item.language()));
			case HUB -> directory.hub();
			case TEAM -> teams.find(requireTeam(team))
				.map(t -> new RoutingTarget(t.id(), t.name()))
				.orElseThrow(() -> new IllegalArgumentException("no team " + team));
		};
		RoutingDecision.Step placing = to == Escalation.HUB ? RoutingDecision.Step.HUB : RoutingDecision.Step.COUNTRY_HELPERS;
		return requeue(scope, item, target, placing, "ESCALATED", Change.ESCALATED, reason);
	}

	/** Where an escalation goes. */
	public enum Escalation {
		COUNTRY_HELPERS, HUB, TEAM
	}

	private WorkItem assignTo(AccessScope scope, WorkItem item, MemberId to, ConversationsAssigned.How how, Change change,
			@Nullable String note) {
		if (item.assignee() != null) {
			items.endAssignments(List.of(item.conversation()), change == Change.TAKEN ? "TAKEN_OVER" : "HANDED_OFF");
		}
		items.assign(item.conversation(), to);
		var assignment = new ConversationsAssigned.Assignment(item.conversation(), item.unit(), item.queue(), to, how);
		items.recordAssignments(List.of(assignment), note);
		record(scope, item, change, to, note);
		events.publishEvent(new ConversationsAssigned(List.of(assignment)));
		return items.lock(item.conversation()).orElseThrow();
	}

	/** Puts the item into the target team's queue: the hub's own queue, else the team queue whose selectors take it. */
	private WorkItem requeue(AccessScope scope, WorkItem item, RoutingTarget target, RoutingDecision.Step placing,
			String step, Change change, String reason) {
		Queue queue = organisation.placement()
			.place(new RoutingDecision(target, placing, reason), item.unit(), item.language(), item.channel(),
					item.intent(), item.priority());
		if (item.assignee() != null) {
			items.endAssignments(List.of(item.conversation()), change == Change.ESCALATED ? "ESCALATED" : "HANDED_OFF");
		}
		items.requeue(item.conversation(), queue.id());
		items.recordMove(item.conversation(), queue.id(), step, reason, scope.actor());
		WorkItem moved = items.lock(item.conversation()).orElseThrow();
		record(scope, moved, change, null, reason);
		return moved;
	}

	private void record(AccessScope scope, WorkItem item, Change change, @Nullable MemberId to, @Nullable String note) {
		Map<String, Object> after = new HashMap<>();
		after.put("queue", item.queue().toString());
		if (to != null) {
			after.put("agent", to.toString());
		}
		if (note != null) {
			after.put("note", note);
		}
		audit.record(new AuditEntry(scope.actor(), "routing." + change.name().toLowerCase(Locale.ROOT),
				item.unit(), "conversation", item.conversation().toString(),
				item.assignee() == null ? null : Map.of("agent", item.assignee().toString()), after));
		events.publishEvent(new OwnershipChanged(item.conversation(), item.unit(), change, scope.actor(), item.queue(),
				item.assignee(), to, note));
	}

	/** The item, if the caller may work it; 404 when they may not even read it, 403 when they only read it. */
	private WorkItem workable(AccessScope scope, ConversationId conversation) {
		WorkItem item = items.lock(conversation).orElseThrow(() -> new UnknownConversationException(conversation));
		if (!scopes.of(scope, Permission.CONVERSATIONS_READ).covers(item)) {
			throw new UnknownConversationException(conversation);
		}
		if (!scopes.of(scope, Permission.CONVERSATIONS_WORK).covers(item)) {
			throw new QueueWork.NotAllowedException("working this conversation needs a role your grants do not give");
		}
		return item;
	}

	/** The item, if the caller holds it or administers its unit. */
	private WorkItem movable(AccessScope scope, ConversationId conversation) {
		WorkItem item = workable(scope, conversation);
		boolean holder = item.assignee() != null && scope.member().map(item.assignee()::equals).orElse(false);
		if (!holder && !scope.can(Permission.ORGANISATION_MANAGE, item.unit())) {
			throw new QueueWork.NotAllowedException("only the agent holding the conversation or a unit admin hands it off");
		}
		return item;
	}

	private static TeamId requireTeam(@Nullable TeamId team) {
		if (team == null) {
			throw new IllegalArgumentException("'team' is required to escalate to a team");
		}
		return team;
	}

	private static void requireText(@Nullable String text, String field) {
		if (text == null || text.isBlank() || text.length() > 2000) {
			throw new IllegalArgumentException("'" + field + "' is required (1 to 2000 characters)");
		}
	}

	/** The conversation has no routing item or lies outside the caller's scope (404). */
	public static class UnknownConversationException extends RuntimeException {

		UnknownConversationException(ConversationId conversation) {
			super("no conversation " + conversation + " in any queue of yours");
		}
	}
}
