package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.conversations.Conversations;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.MemberSummary;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.TeamMember;
import io.dandelion.organisation.Teams;
import io.dandelion.routing.SlaBreached;
import io.dandelion.routing.SlaDeadline;
import io.dandelion.routing.SlaWarned;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people when a conversation's SLA timer reaches its warning point or its deadline: the agent holding
 * it, or, while it waits, the members of the team whose queue it is in. The notice is a note by Dandelion on
 * the conversation that names them, so it reaches them like a mention (live, and in their mentions), and
 * everyone reading the conversation sees it in its notes.
 */
@Component
class SlaNotices {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Notes notes;
	private final Conversations conversations;
	private final MemberDirectory members;
	private final Teams teams;

	SlaNotices(Notes notes, Conversations conversations, MemberDirectory members, Teams teams) {
		this.notes = notes;
		this.conversations = conversations;
		this.members = members;
		this.teams = teams;
	}

	@ApplicationModuleListener
	void on(SlaWarned warned) {
		tell(warned.timers(), d -> "SLA warning: the " + target(d) + " is due at " + AT.format(d.dueAt()) + " (policy "
				+ d.policy() + ").");
	}

	@ApplicationModuleListener
	void on(SlaBreached breached) {
		tell(breached.timers(), d -> "SLA breached: the " + target(d) + " was due at " + AT.format(d.dueAt())
				+ " (policy " + d.policy() + ").");
	}

	private void tell(List<SlaDeadline> deadlines, Function<SlaDeadline, String> text) {
		Map<ConversationId, ConversationSummary> byId = conversations
			.summaries(members.system(), deadlines.stream().map(SlaDeadline::conversation).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(ConversationSummary::id, c -> c));
		Map<MemberId, AccessScope> scopes = new HashMap<>();
		for (SlaDeadline deadline : deadlines) {
			ConversationSummary conversation = byId.get(deadline.conversation());
			if (conversation == null) {
				continue;
			}
			List<MemberId> to = recipients(deadline).stream()
				.filter(m -> scopes.computeIfAbsent(m, members::scopeOf)
					.can(Permission.CONVERSATIONS_READ, conversation.unit()))
				.toList();
			if (!to.isEmpty()) {
				notes.addFromSystem(conversation, text.apply(deadline), to);
			}
		}
	}

	/** The holder, else the members of the queue's team. */
	private List<MemberId> recipients(SlaDeadline deadline) {
		if (deadline.holder() != null) {
			return List.of(deadline.holder());
		}
		if (deadline.team() == null) {
			return List.of();
		}
		return teams.members(deadline.team())
			.stream()
			.map(TeamMember::member)
			.filter(MemberSummary::enabled)
			.map(MemberSummary::id)
			.toList();
	}

	private static String target(SlaDeadline deadline) {
		return switch (deadline.kind()) {
			case FIRST_RESPONSE -> "first response";
			case NEXT_RESPONSE -> "next response";
			case RESOLUTION -> "resolution";
		};
	}
}
