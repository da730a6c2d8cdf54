package io.dandelion.conversations.web;

import io.dandelion.conversations.ConversationChanges;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.Conversations;
import io.dandelion.organisation.Permission;
import io.dandelion.platform.web.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The conversation list, which polls for new activity every few seconds, and the thread page. */
@Controller
class ConversationPages {

	static final int PAGE_SIZE = 50;

	private final Conversations conversations;
	private final ConversationChanges changes;
	private final Callers callers;

	ConversationPages(Conversations conversations, ConversationChanges changes, Callers callers) {
		this.conversations = conversations;
		this.changes = changes;
		this.callers = callers;
	}

	@GetMapping("/conversations")
	String list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language, Model model) {
		rows(status, language, model);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("language", language == null ? "" : language);
		return "conversations/list";
	}

	/** The rows alone, for the list's htmx polling. */
	@GetMapping("/conversations/rows")
	String rows(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language, Model model) {
		var filter = Callers.filter(null, null, status, language);
		model.addAttribute("page", conversations.page(callers.scope(), filter, 0, PAGE_SIZE));
		return "conversations/rows";
	}

	@GetMapping("/conversations/{id}")
	String thread(@PathVariable String id, Model model) {
		var thread = conversations.thread(callers.scope(), ConversationId.of(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no conversation " + id));
		model.addAttribute("thread", thread);
		return "conversations/thread";
	}

	@PostMapping("/conversations/{id}/status")
	String moveTo(@PathVariable String id, @RequestParam String status) {
		try {
			changes.moveTo(callers.scope(), ConversationId.of(id), Callers.status(status));
		}
		catch (ConversationChanges.UnknownConversationException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
		catch (ConversationChanges.NotAllowedException e) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
		}
		return "redirect:/conversations/" + ConversationId.of(id);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
	org.springframework.http.ProblemDetail badRequest(IllegalArgumentException e) {
		return org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@Bean
	static NavigationItem conversationsNavigation() {
		return new NavigationItem("Conversations", "/conversations", 20, Permission.CONVERSATIONS_READ);
	}
}
