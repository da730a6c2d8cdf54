package io.dandelion.workspace.inbox;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelSummary;
import io.dandelion.channels.Channels;
import io.dandelion.conversations.ConversationFacets;
import io.dandelion.conversations.ConversationFilter;
import io.dandelion.conversations.Conversations;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationPage;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.organisation.Members;
import io.dandelion.routing.ConversationOwnership;
import io.dandelion.routing.QueueId;
import io.dandelion.routing.ConversationOwnership.WorkState;
import java.util.Set;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.NavigationItem;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox page, its rows (fetched again whenever the live stream reports a change), and saved views. */
@Controller
class InboxPages {

	static final int PAGE_SIZE = 50;

	private final Conversations conversations;
	private final SavedViews views;
	private final Units units;
	private final ObjectProvider<Channels> channels;
	private final CurrentAccess access;
	private final WorkSelection selection;
	private final ObjectProvider<ConversationOwnership> routing;
	private final Members members;

	InboxPages(Conversations conversations, SavedViews views, Units units, ObjectProvider<Channels> channels,
			CurrentAccess access, WorkSelection selection, ObjectProvider<ConversationOwnership> routing, Members members) {
		this.selection = selection;
		this.routing = routing;
		this.members = members;
		this.conversations = conversations;
		this.views = views;
		this.units = units;
		this.channels = channels;
		this.access = access;
	}

	@GetMapping("/workspace")
	String inbox(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String sla,
			@RequestParam(required = false) @Nullable String intent,
			@RequestParam(required = false) @Nullable String sentiment,
			@RequestParam(required = false) @Nullable UUID view,
			@RequestParam(required = false) @Nullable String empty, Model model) {
		model.addAttribute("inbox", inbox(ConversationFilter.parse(unit, channel, status, language),
				WorkFilter.parse(tag, assignee, sla, intent, sentiment), view, empty));
		return "workspace/inbox";
	}

	/** The rows and the counts alone, for the live refresh. */
	@GetMapping("/workspace/rows")
	String rows(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String sla,
			@RequestParam(required = false) @Nullable String intent,
			@RequestParam(required = false) @Nullable String sentiment, Model model) {
		model.addAttribute("inbox", inbox(ConversationFilter.parse(unit, channel, status, language),
				WorkFilter.parse(tag, assignee, sla, intent, sentiment), null, null));
		return "workspace/rows";
	}

	@PostMapping("/workspace/views")
	String save(@RequestParam String name, @RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String sla,
			@RequestParam(required = false) @Nullable String intent,
			@RequestParam(required = false) @Nullable String sentiment) {
		SavedView saved = views.save(access.get(), name, ConversationFilter.parse(unit, channel, status, language),
				WorkFilter.parse(tag, assignee, sla, intent, sentiment));
		return "redirect:" + Inbox.viewLink(saved);
	}

	/** The caller takes the most pressing conversation of a queue they work and goes to it (or back, if none is left). */
	@PostMapping("/workspace/queues/{id}/next")
	String takeNext(@PathVariable String id) {
		ConversationOwnership ownership = routing.getIfAvailable();
		if (ownership == null) {
			throw new IllegalArgumentException("routing is not available on this node");
		}
		QueueId queue = QueueId.of(id);
		return ownership.takeNext(access.get(), queue)
			.map(conversation -> "redirect:/workspace/conversations/" + conversation)
			.orElse("redirect:/workspace?empty=" + queue);
	}

	@PostMapping("/workspace/views/{id}/delete")
	String delete(@PathVariable UUID id) {
		views.delete(access.get(), id);
		return "redirect:/workspace";
	}

	private Inbox inbox(ConversationFilter filter, WorkFilter work, @Nullable UUID view, @Nullable String empty) {
		AccessScope scope = access.get();
		Set<ConversationId> among = selection.among(scope, work);
		ConversationFacets facets = conversations.facets(scope, filter, among);
		List<UnitSummary> visible = units.visibleTo(scope, Permission.CONVERSATIONS_READ);
		Map<UnitId, String> unitNames = new HashMap<>();
		visible.forEach(u -> unitNames.put(u.id(), u.name()));
		Map<ChannelId, String> channelNames = channelNames(facets);
		Locale locale = LocaleContextHolder.getLocale();
		var unitChoices = visible.stream()
			.map(u -> new Inbox.Choice(u.id().toString(), u.name(), facets.byUnit().getOrDefault(u.id(), 0),
					u.id().equals(filter.unit())))
			.toList();
		var channelChoices = facets.byChannel()
			.entrySet()
			.stream()
			.map(e -> new Inbox.Choice(e.getKey().toString(), channelNames.getOrDefault(e.getKey(), e.getKey().toString()),
					e.getValue(), e.getKey().equals(filter.channel())))
			.sorted(Comparator.comparing(Inbox.Choice::label))
			.toList();
		var languageChoices = facets.byLanguage()
			.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(ConversationFacets.UNDETERMINED))
			.map(e -> new Inbox.Choice(e.getKey(), Locale.forLanguageTag(e.getKey()).getDisplayLanguage(locale),
					e.getValue(), e.getKey().equals(filter.language())))
			.sorted(Comparator.comparing(Inbox.Choice::label))
			.toList();
		ConversationPage page = conversations.page(scope, filter, among, 0, PAGE_SIZE);
		Map<ConversationId, WorkState> states = states(scope, page);
		ConversationOwnership ownership = routing.getIfAvailable();
		var queues = ownership == null ? List.<ConversationOwnership.QueueCount>of() : ownership.queues(scope);
		String notice = empty == null ? null
				: queues.stream().filter(q -> q.id().toString().equals(empty)).findFirst().map(q -> q.name()).orElse(null);
		return new Inbox(filter, work, page, facets, unitChoices, channelChoices, languageChoices, views.of(scope), view,
				unitNames, channelNames, states, holders(states), queues,
				!scope.units(Permission.CONVERSATIONS_WORK).isEmpty(), notice);
	}

	private Map<ConversationId, WorkState> states(AccessScope scope, ConversationPage page) {
		ConversationOwnership ownership = routing.getIfAvailable();
		return ownership == null ? Map.of()
				: ownership.states(scope, page.items().stream().map(ConversationSummary::id).toList());
	}

	private Map<MemberId, String> holders(Map<ConversationId, WorkState> states) {
		Map<MemberId, String> names = new HashMap<>();
		states.values()
			.stream()
			.map(WorkState::holder)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(holder -> members.find(holder).ifPresent(m -> names.put(holder, m.displayName())));
		return names;
	}

	private Map<ChannelId, String> channelNames(ConversationFacets facets) {
		Channels directory = channels.getIfAvailable();
		Map<ChannelId, String> names = new HashMap<>();
		if (directory != null) {
			facets.byChannel()
				.keySet()
				.stream()
				.map(directory::find)
				.flatMap(java.util.Optional::stream)
				.filter(Objects::nonNull)
				.forEach((ChannelSummary c) -> names.put(c.id(), c.platform() + " " + c.handle()));
		}
		return names;
	}

	@Bean
	static NavigationItem workspaceNavigation() {
		return new NavigationItem("Inbox", "/workspace", 10, Permission.CONVERSATIONS_READ);
	}
}
