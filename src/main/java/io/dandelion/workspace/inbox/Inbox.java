package io.dandelion.workspace.inbox;

import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationFacets;
import io.dandelion.conversations.ConversationFilter;
import io.dandelion.conversations.ConversationPage;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.conversations.ConversationId;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.UnitId;
import io.dandelion.routing.ConversationOwnership.QueueCount;
import io.dandelion.routing.ConversationOwnership.WorkState;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the inbox page shows: the queues the person may see with their counts, the filters in force, one page of conversations with who holds each and its
 * SLA, the counts, the choices for each filter (with their counts) and the person's saved views.
 */
public record Inbox(ConversationFilter filter, WorkFilter work, ConversationPage page, ConversationFacets facets,
		List<Choice> units, List<Choice> channels, List<Choice> languages, List<SavedView> views,
		@Nullable UUID currentView, Map<UnitId, String> unitNames, Map<ChannelId, String> channelNames,
		Map<ConversationId, WorkState> states, Map<MemberId, String> holders, List<QueueCount> queues, boolean canWork,
		@Nullable String notice) {

	public Inbox {
		units = List.copyOf(units);
		channels = List.copyOf(channels);
		languages = List.copyOf(languages);
		views = List.copyOf(views);
		unitNames = Map.copyOf(unitNames);
		channelNames = Map.copyOf(channelNames);
		states = Map.copyOf(states);
		holders = Map.copyOf(holders);
		queues = List.copyOf(queues);
	}

	/** Where routing has the conversation (queue, holder, SLA), if it ever routed it and the reader may see it. */
	public @Nullable WorkState state(ConversationId conversation) {
		return states.get(conversation);
	}

	/** The display name of whoever holds the conversation, if someone does. */
	public @Nullable String holder(ConversationId conversation) {
		WorkState state = states.get(conversation);
		return state == null || state.holder() == null ? null
				: holders.getOrDefault(state.holder(), state.holder().toString().substring(0, 8));
	}

	/** One choice of a filter: its value, what it is shown as, how many conversations it holds. */
	public record Choice(String value, String label, int count, boolean selected) {
	}

	/** The filter as query parameters, for links and the rows' refresh. */
	public String query() {
		return query(filter, work);
	}

	/** The inbox with the same filters and another status (null for all). */
	public String statusLink(@Nullable ConversationStatus status) {
		return "/workspace?" + query(filter.withStatus(status), work);
	}

	/** The inbox as a saved view shows it. */
	public static String viewLink(SavedView view) {
		return "/workspace?view=" + view.id() + "&" + query(view.filter(), view.work());
	}

	public String unitName(UnitId unit) {
		return unitNames.getOrDefault(unit, unit.toString().substring(0, 8));
	}

	public String channelName(ChannelId channel) {
		return channelNames.getOrDefault(channel, channel.toString().substring(0, 8));
	}

	static String query(ConversationFilter filter, WorkFilter work) {
		var uri = UriComponentsBuilder.newInstance();
		if (filter.unit() != null) {
			uri.queryParam("unit", filter.unit().toString());
		}
		if (filter.channel() != null) {
			uri.queryParam("channel", filter.channel().toString());
		}
		if (filter.status() != null) {
			uri.queryParam("status", filter.status().name().toLowerCase());
		}
		if (filter.language() != null) {
			uri.queryParam("language", filter.language());
		}
		if (work.tag() != null) {
			uri.queryParam("tag", work.tag());
		}
		if (work.assignee() != null) {
			uri.queryParam("assignee", work.assignee());
		}
		if (work.sla() != null) {
			uri.queryParam("sla", work.sla().name().toLowerCase());
		}
		if (work.intent() != null) {
			uri.queryParam("intent", work.intent());
		}
		if (work.sentiment() != null) {
			uri.queryParam("sentiment", work.sentiment().name().toLowerCase());
		}
		String query = uri.encode().build().getQuery();
		return query == null ? "" : query;
	}
}
