package io.dandelion.workspace.conversation;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.MemberSummary;
import io.dandelion.organisation.Members;
import io.dandelion.organisation.TeamId;
import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.routing.ConversationOwnership;
import io.dandelion.routing.ConversationOwnership.Escalation;
import io.dandelion.routing.ConversationOwnership.WorkState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Taking, handing off and escalating a conversation from the page, through routing's public
 * {@link ConversationOwnership}: the workspace's own checks first (read, then work), routing's refusals
 * turned into the workspace's (404, 403, 400 with routing's sentence). Routing audits each move and
 * publishes it; the live bus tells the pages.
 */
@Component
class Ownerships {

	private final Work work;
	private final ObjectProvider<ConversationOwnership> routing;
	private final Units units;
	private final Teams teams;
	private final Members members;

	Ownerships(Work work, ObjectProvider<ConversationOwnership> routing, Units units, Teams teams, Members members) {
		this.work = work;
		this.routing = routing;
		this.units = units;
		this.teams = teams;
		this.members = members;
	}

	void take(AccessScope scope, ConversationId id) {
		work.workable(scope, id);
		move(id, () -> routing().take(scope, id));
	}

	/** Hands off to a member or a team; {@code target} is {@code member:<id>} or {@code team:<id>}. */
	void handOff(AccessScope scope, ConversationId id, String target, String note) {
		work.workable(scope, id);
		String[] parts = target.split(":", 2);
		if (parts.length != 2 || parts[1].isBlank()) {
			throw new IllegalArgumentException("choose a colleague or a team to hand the conversation to");
		}
		switch (parts[0]) {
			case "member" -> move(id, () -> routing().handToMember(scope, id, MemberId.of(parts[1]), note));
			case "team" -> move(id, () -> routing().handToTeam(scope, id, TeamId.of(parts[1]), note));
			default -> throw new IllegalArgumentException("choose a colleague or a team, not " + target);
		}
	}

	/** Escalates to {@code country_helpers}, {@code hub} or {@code team:<id>}, with a reason. */
	void escalate(AccessScope scope, ConversationId id, String to, String reason) {
		work.workable(scope, id);
		if (to.startsWith("team:")) {
			TeamId team = TeamId.of(to.substring(5));
			move(id, () -> routing().escalate(scope, id, Escalation.TEAM, team, reason));
			return;
		}
		Escalation where;
		try {
			where = Escalation.valueOf(to.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("escalate to the country helpers, the hub or a team, not " + to, e);
		}
		move(id, () -> routing().escalate(scope, id, where, null, reason));
	}

	/** What the page shows of the conversation's ownership, or null when routing never took it in. */
	@Nullable OwnershipPanel panel(AccessScope scope, ConversationSummary conversation) {
		ConversationOwnership ownership = routing.getIfAvailable();
		if (ownership == null) {
			return null;
		}
		var state = ownership.state(scope, conversation.id()).orElse(null);
		if (state == null) {
			return null;
		}
		String holder = state.holder() == null ? null
				: members.find(state.holder()).map(MemberSummary::displayName).orElse(state.holder().toString());
		boolean mine = state.holder() != null && scope.member().map(state.holder()::equals).orElse(false);
		return new OwnershipPanel(state, holder, mine, colleagues(conversation), teams(conversation),
				ownership.history(scope, conversation.id()));
	}

	/** Who the conversation can be handed to: members who answer in its language and hold a grant on its unit. */
	private Map<String, String> colleagues(ConversationSummary conversation) {
		Map<String, String> people = new LinkedHashMap<>();
		if (conversation.language() != null) {
			members.speaking(conversation.language(), conversation.unit())
				.forEach(m -> people.put("member:" + m.id(), m.displayName() + " (" + m.username() + ")"));
		}
		return people;
	}

	/** The teams of the conversation's unit and the units above it, nearest first. */
	private Map<String, String> teams(ConversationSummary conversation) {
		Map<String, String> all = new LinkedHashMap<>();
		List<UnitSummary> path = new ArrayList<>(units.path(conversation.unit()));
		java.util.Collections.reverse(path);
		for (UnitSummary unit : path) {
			for (TeamSummary team : teams.ofUnit(unit.id())) {
				all.put("team:" + team.id(), team.name() + " · " + unit.name());
			}
		}
		return all;
	}

	private ConversationOwnership routing() {
		ConversationOwnership ownership = routing.getIfAvailable();
		if (ownership == null) {
			throw new IllegalArgumentException("routing is not available on this node");
		}
		return ownership;
	}

	private static void move(ConversationId id, Supplier<WorkState> move) {
		try {
			move.get();
		}
		catch (ConversationOwnership.UnknownConversationException e) {
			throw new IllegalArgumentException("this conversation is in no queue yet, so it cannot be moved: " + id, e);
		}
		catch (ConversationOwnership.NotAllowedException e) {
			throw WorkRefused.notAllowed(e.getMessage());
		}
	}
}
