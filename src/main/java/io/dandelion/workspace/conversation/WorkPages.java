package io.dandelion.workspace.conversation;

import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.Channels;
import io.dandelion.conversations.ConversationChanges;
import io.dandelion.conversations.ConversationFilter;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationStatus;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.conversations.Conversations;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.workspace.live.LiveBus;
import jakarta.servlet.http.HttpServletResponse;
import io.dandelion.moderation.MessageOutcomes;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The conversation page and its actions. Forms post here and come back to the page (303); a refused
 * input answers 400 and a platform failure 502, each with the page and the reason shown.
 */
@Controller
@RequestMapping("/workspace/conversations/{id}")
class WorkPages {

	private final Work work;
	private final Conversations conversations;
	private final ConversationChanges changes;
	private final Replies replies;
	private final MessageActions messageActions;
	private final Tags tags;
	private final Notes notes;
	private final SavedReplies savedReplies;
	private final Composer composer;
	private final Replying replying;
	private final LiveBus bus;
	private final Units units;
	private final ObjectProvider<Channels> channels;
	private final ObjectProvider<ChannelActions> channelActions;
	private final CurrentAccess access;
	private final Ownerships ownerships;
	private final ReplyApprovals approvals;
	private final ObjectProvider<MessageOutcomes> outcomes;

	WorkPages(ReplyApprovals approvals, Ownerships ownerships, ObjectProvider<MessageOutcomes> outcomes, Work work, Conversations conversations, ConversationChanges changes, Replies replies,
			MessageActions messageActions, Tags tags, Notes notes, SavedReplies savedReplies, Composer composer,
			Replying replying, LiveBus bus, Units units, ObjectProvider<Channels> channels,
			ObjectProvider<ChannelActions> channelActions, CurrentAccess access) {
		this.work = work;
		this.conversations = conversations;
		this.changes = changes;
		this.replies = replies;
		this.messageActions = messageActions;
		this.tags = tags;
		this.notes = notes;
		this.savedReplies = savedReplies;
		this.composer = composer;
		this.replying = replying;
		this.bus = bus;
		this.units = units;
		this.channels = channels;
		this.channelActions = channelActions;
		this.access = access;
		this.ownerships = ownerships;
		this.approvals = approvals;
		this.outcomes = outcomes;
	}

	@GetMapping
	String page(@PathVariable String id, Model model) {
		AccessScope scope = access.get();
		var conversation = ConversationId.of(id);
		model.addAttribute("view", view(scope, conversation, null));
		scope.member().ifPresent(member -> notes.seen(member, conversation));
		return "workspace/conversation";
	}

	/** The thread, notes and history alone, for the live refresh. */
	@GetMapping("/activity")
	String activity(@PathVariable String id, Model model) {
		model.addAttribute("view", view(access.get(), ConversationId.of(id), null));
		return "workspace/activity";
	}

	/** Who holds the conversation and its SLA alone, for the live refresh (empty when routing never took it in). */
	@GetMapping("/ownership")
	String ownership(@PathVariable String id, Model model) {
		AccessScope scope = access.get();
		var panel = ownerships.panel(scope, work.readable(scope, ConversationId.of(id)).conversation());
		if (panel == null) {
			return "workspace/empty";
		}
		model.addAttribute("own", panel);
		return "workspace/ownership-state";
	}

	@PostMapping("/reply")
	String reply(@PathVariable String id, @RequestParam String text, @RequestParam(required = false) @Nullable String parent,
			@RequestParam(defaultValue = "false") boolean resolve, @RequestParam(required = false) @Nullable UUID seen,
			Model model, HttpServletResponse response) {
		return attempt(id, model, response,
				scope -> approvals.sendOrHold(scope, ConversationId.of(id), parent, text, resolve, seen));
	}

	@PostMapping("/held-replies/{reply}/approve")
	String approve(@PathVariable String id, @PathVariable UUID reply, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> approvals.approve(scope, ConversationId.of(id), reply));
	}

	@PostMapping("/held-replies/{reply}/reject")
	String reject(@PathVariable String id, @PathVariable UUID reply, @RequestParam(defaultValue = "") String note,
			Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> approvals.reject(scope, ConversationId.of(id), reply, note));
	}

	@PostMapping("/take")
	String take(@PathVariable String id, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> ownerships.take(scope, ConversationId.of(id)));
	}

	@PostMapping("/hand-off")
	String handOff(@PathVariable String id, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> ownerships.handOff(scope, ConversationId.of(id), to, note));
	}

	@PostMapping("/escalate")
	String escalate(@PathVariable String id, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> ownerships.escalate(scope, ConversationId.of(id), to, reason));
	}

	@PostMapping("/status")
	String status(@PathVariable String id, @RequestParam String status, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> {
			var conversation = work.workable(scope, ConversationId.of(id)).conversation();
			changes.moveTo(scope, conversation.id(), ConversationStatus.parse(status));
			work.announce(conversation);
		});
	}

	@PostMapping("/tags")
	String tag(@PathVariable String id, @RequestParam String tag, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> tags.add(scope, ConversationId.of(id), tag));
	}

	@PostMapping("/tags/{tag}/delete")
	String untag(@PathVariable String id, @PathVariable String tag, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> tags.remove(scope, ConversationId.of(id), tag));
	}

	@PostMapping("/notes")
	String note(@PathVariable String id, @RequestParam String body, Model model, HttpServletResponse response) {
		return attempt(id, model, response, scope -> notes.add(scope, ConversationId.of(id), body));
	}

	@PostMapping("/messages/{message}/{action}")
	String act(@PathVariable String id, @PathVariable String message, @PathVariable String action, Model model,
			HttpServletResponse response) {
		return attempt(id, model, response, scope -> messageActions.apply(scope, ConversationId.of(id),
				MessageId.of(message), kind(action)));
	}

	/** The composer's text area filled with a saved reply in the customer's language. */
	@GetMapping("/saved-replies/{reply}")
	String savedReply(@PathVariable String id, @PathVariable UUID reply, Model model) {
		AccessScope scope = access.get();
		ConversationThread thread = work.workable(scope, ConversationId.of(id));
		SavedReply saved = savedReplies.usableIn(thread.conversation().unit(), reply)
			.orElseThrow(() -> WorkRefused.unknown("saved reply " + reply));
		model.addAttribute("text", composer.fill(scope, thread, saved));
		model.addAttribute("language", saved.languageFor(composer.languages(thread)));
		model.addAttribute("limits", PlatformLimits.of(thread.conversation().platform()));
		return "workspace/composer-text";
	}

	/** A sign that the caller is typing a reply (routing's reply guard); every node's pages of this conversation show it. */
	@PostMapping("/typing")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void typing(@PathVariable String id) {
		AccessScope scope = access.get();
		replying.start(scope, work.workable(scope, ConversationId.of(id)).conversation().id());
	}

	/** Who else is writing a reply here now, as routing's reply guard records it. */
	@GetMapping("/presence")
	String presence(@PathVariable String id, Model model) {
		AccessScope scope = access.get();
		var conversation = work.readable(scope, ConversationId.of(id)).conversation();
		bus.listen();
		model.addAttribute("replying", replying.others(scope, conversation.id()));
		return "workspace/presence";
	}

	private String attempt(String id, Model model, HttpServletResponse response, Action action) {
		AccessScope scope = access.get();
		try {
			action.run(scope);
			return "redirect:/workspace/conversations/" + ConversationId.of(id);
		}
		catch (IllegalArgumentException | ChannelUnavailable e) {
			return refused(scope, id, model, response, e instanceof ChannelUnavailable ? HttpStatus.BAD_GATEWAY
					: HttpStatus.BAD_REQUEST, e.getMessage(), null);
		}
		catch (WorkRefused e) {
			if (!e.visible()) {
				throw e;
			}
			return refused(scope, id, model, response, HttpStatus.FORBIDDEN, e.getMessage(), null);
		}
		catch (AlreadyAnswered e) {
			return refused(scope, id, model, response, HttpStatus.CONFLICT, e.getMessage(), e.collision());
		}
	}

	private String refused(AccessScope scope, String id, Model model, HttpServletResponse response, HttpStatus status,
			@Nullable String error, AlreadyAnswered.@Nullable Collision collision) {
		response.setStatus(status.value());
		model.addAttribute("view", view(scope, ConversationId.of(id), error).withCollision(collision));
		return "workspace/conversation";
	}

	private ConversationView view(AccessScope scope, ConversationId id, @Nullable String error) {
		ConversationThread thread = work.readable(scope, id);
		var conversation = thread.conversation();
		var customer = thread.messages()
			.stream()
			.filter(m -> m.direction() == io.dandelion.channels.InboundItem.Direction.INBOUND)
			.reduce((first, second) -> second)
			.map(m -> conversations.customer(scope, m.author().id(), 20))
			.orElse(new io.dandelion.conversations.CustomerHistory(java.util.List.of(), java.util.List.of()));
		var replyChoices = savedReplies.usableIn(conversation.unit());
		return new ConversationView(thread, channelName(conversation.channel()),
				units.find(conversation.unit()).map(UnitSummary::name).orElse(""), tags.of(id), notes.of(id), customer,
				replyChoices, composer.languages(thread).get(0), PlatformLimits.of(conversation.platform()),
				messageActions.history(id), capabilities(conversation.channel()),
				scope.can(Permission.CONVERSATIONS_WORK, conversation.unit()), next(scope, id), error,
				ownerships.panel(scope, conversation), outcomes(scope, id), null, approvals.of(id),
				scope.actor(), approvals.mayReview(scope, conversation));
	}

	private Map<MessageId, MessageOutcomes.Outcome> outcomes(AccessScope scope, ConversationId id) {
		MessageOutcomes moderation = outcomes.getIfAvailable();
		return moderation == null ? Map.of() : moderation.ofConversation(scope, id);
	}

	/** The open conversation after this one in the caller's inbox (or the first, from a resolved one). */
	private @Nullable ConversationId next(AccessScope scope, ConversationId current) {
		var open = conversations.page(scope, ConversationFilter.none().withStatus(ConversationStatus.OPEN), 0, 100).items();
		for (int i = 0; i < open.size(); i++) {
			if (open.get(i).id().equals(current)) {
				return i + 1 < open.size() ? open.get(i + 1).id() : null;
			}
		}
		return open.isEmpty() ? null : open.get(0).id();
	}

	private String channelName(ChannelId channel) {
		Channels directory = channels.getIfAvailable();
		return directory == null ? "" : directory.find(channel).map(c -> c.platform() + " " + c.handle()).orElse("");
	}

	private Set<ChannelActions.Capability> capabilities(ChannelId channel) {
		ChannelActions actions = channelActions.getIfAvailable();
		return actions == null ? Set.of() : actions.capabilities(channel);
	}

	private static MessageAction.Kind kind(String action) {
		try {
			return MessageAction.Kind.valueOf(action.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("the action must be hide, unhide or delete, not " + action, e);
		}
	}

	@FunctionalInterface
	private interface Action {

		void run(AccessScope scope);
	}
}
