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
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people when a conversation's SLA timer reaches its warning point or its deadline: the agent holding
 * it, or, while it waits, the members of the team whose queue it is in. The notice is a note by Dandelion on
 * the conversation that names them, so it reaches them like a mention (live, and in their mentions), and
 * everyone reading the conversation sees it in its notes, each reader in their own interface language.
 */
@Component
class SlaNotices {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Notes notes;
	private final Conversations conversations;
	private final MemberDirectory members;
	private final Teams teams;
	private final MessageSource messages;

	SlaNotices(Notes notes, Conversations conversations, MemberDirectory members, Teams teams, MessageSource messages) {
		this.messages = messages;
		this.notes = notes;
		this.conversations = conversations;
		this.members = members;
		this.teams = teams;
	}

	@ApplicationModuleListener
	void on(SlaWarned warned) {
		tell(warned.timers(), d -> text("sla.notice.warned." + d.kind().name(), d));
	}

	@ApplicationModuleListener
	void on(SlaBreached breached) {
		tell(breached.timers(), d -> text("sla.notice.breached." + d.kind().name(), d));
	}

	/** The notice's key and arguments, for each reader's language, and its English for the audit trail. */
	private Notes.SystemText text(String key, SlaDeadline deadline) {
		List<String> args = List.of(AT.format(deadline.dueAt()), deadline.policy());
		return new Notes.SystemText(key, args, messages.getMessage(key, args.toArray(), key, Locale.ENGLISH));
	}

	private void tell(List<SlaDeadline> deadlines, Function<SlaDeadline, Notes.SystemText> text) {
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
}
