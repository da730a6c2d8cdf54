package io.dandelion.routing.web;

import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.TeamId;
import io.dandelion.routing.AgentLoad.Presence;
import io.dandelion.routing.internal.Ownership;
import io.dandelion.routing.internal.Presences;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Ownership of conversations (take, hand off, escalate) and the caller's presence, over REST. */
@RestController
class WorkApi {

	private final Ownership ownership;
	private final Presences presences;
	private final CurrentAccess access;

	WorkApi(Ownership ownership, Presences presences, CurrentAccess access) {
		this.ownership = ownership;
		this.presences = presences;
		this.access = access;
	}

	/** The caller takes the conversation: from its queue, from an absent colleague, or (unit admins) from anyone. */
	@PostMapping("/api/v1/conversations/{id}/take")
	QueuesApi.ItemJson take(@PathVariable String id) {
		return QueuesApi.ItemJson.of(ownership.take(access.get(), ConversationId.of(id)));
	}

	/** The holder (or a unit admin) hands the conversation to a member or a team (exactly one), with a note. */
	@PostMapping("/api/v1/conversations/{id}/hand-off")
	QueuesApi.ItemJson handOff(@PathVariable String id, @RequestBody HandOffJson body) {
		var conversation = ConversationId.of(id);
		if ((body.member() == null) == (body.team() == null)) {
			throw new IllegalArgumentException("name exactly one of 'member' or 'team'");
		}
		var item = body.member() != null
				? ownership.handToMember(access.get(), conversation, new MemberId(uuid(body.member(), "member")),
						text(body.note()))
				: ownership.handToTeam(access.get(), conversation, new TeamId(uuid(body.team(), "team")),
						text(body.note()));
		return QueuesApi.ItemJson.of(item);
	}

	/** Escalates the conversation to the customer's country helpers, the hub, or a named team, with a reason. */
	@PostMapping("/api/v1/conversations/{id}/escalate")
	QueuesApi.ItemJson escalate(@PathVariable String id, @RequestBody EscalationJson body) {
		var to = enumValue(Ownership.Escalation.class, body.to(), "to");
		var team = body.team() == null ? null : new TeamId(uuid(body.team(), "team"));
		return QueuesApi.ItemJson.of(ownership.escalate(access.get(), ConversationId.of(id), to, team, text(body.reason())));
	}

	/** The caller's presence. */
	@GetMapping("/api/v1/presence")
	PresenceJson presence() {
		var me = access.get().member().orElseThrow(() -> new IllegalArgumentException("only members have a presence"));
		var presence = presences.of(me);
		return new PresenceJson(presence.presence().name(), presence.since());
	}

	/** The caller says they are online, away or offline. */
	@PutMapping("/api/v1/presence")
	PresenceJson setPresence(@RequestBody PresenceJson body) {
		var presence = presences.set(access.get(), enumValue(Presence.class, body.presence(), "presence"));
		return new PresenceJson(presence.presence().name(), presence.since());
	}

	record HandOffJson(@Nullable String member, @Nullable String team, @Nullable String note) {
	}

	record EscalationJson(@Nullable String to, @Nullable String team, @Nullable String reason) {
	}

	record PresenceJson(@Nullable String presence, @Nullable Instant since) {
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static UUID uuid(String value, String field) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + field + "' is not a valid id: " + value, e);
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + field + "' must be one of "
					+ Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not " + value, e);
		}
	}
}
