package io.dandelion.conversations.web;

import io.dandelion.conversations.ConversationChanges;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.ConversationPage;
import io.dandelion.conversations.ConversationSummary;
import io.dandelion.conversations.ConversationThread;
import io.dandelion.conversations.Conversations;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Conversations over REST, scoped like everything else to the caller's units. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationsApi {

	private final Conversations conversations;
	private final ConversationChanges changes;
	private final Callers callers;

	ConversationsApi(Conversations conversations, ConversationChanges changes, Callers callers) {
		this.conversations = conversations;
		this.changes = changes;
		this.callers = callers;
	}

	/** The caller's conversations, latest activity first; filters by unit, channel, status and language. */
	@GetMapping
	PageJson list(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ConversationPage result = conversations.page(callers.scope(), Callers.filter(unit, channel, status, language),
				page, size);
		return new PageJson(result.items().stream().map(SummaryJson::of).toList(), result.page(), result.size(),
				result.hasMore());
	}

	/** One conversation with its messages in thread order; 404 when it does not exist or is not the caller's. */
	@GetMapping("/{id}")
	ThreadJson thread(@PathVariable String id) {
		return conversations.thread(callers.scope(), ConversationId.of(id))
			.map(ThreadJson::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no conversation " + id));
	}

	/** Moves the conversation to another status (open, pending, resolved). */
	@PostMapping("/{id}/status")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void moveTo(@PathVariable String id, @RequestBody StatusJson status) {
		if (status.status() == null) {
			throw new IllegalArgumentException("status is required");
		}
		changes.moveTo(callers.scope(), ConversationId.of(id), Callers.status(status.status()));
	}

	@ExceptionHandler(ConversationChanges.UnknownConversationException.class)
	ProblemDetail notFound(RuntimeException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(ConversationChanges.NotAllowedException.class)
	ProblemDetail forbidden(RuntimeException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	record StatusJson(@Nullable String status) {
	}

	record PageJson(List<SummaryJson> items, int page, int size, boolean hasMore) {
	}

	record SummaryJson(String id, String channel, String unit, String platform, String kind, String status,
			@Nullable String language, String rootExternalId, Instant startedAt, Instant lastMessageAt, int messageCount,
			@Nullable String latestText, @Nullable String latestAuthor) {

		static SummaryJson of(ConversationSummary c) {
			return new SummaryJson(c.id().toString(), c.channel().toString(), c.unit().toString(), c.platform(),
					c.kind().name(), c.status().name(), c.language(), c.rootExternalId(), c.startedAt(), c.lastMessageAt(),
					c.messageCount(), c.latestText(), c.latestAuthor());
		}
	}

	record ThreadJson(SummaryJson conversation, List<MessageJson> messages) {

		static ThreadJson of(ConversationThread thread) {
			return new ThreadJson(SummaryJson.of(thread.conversation()),
					thread.messages().stream().map(MessageJson::of).toList());
		}
	}

	record MessageJson(String id, String externalId, @Nullable String parentExternalId, int depth, String direction,
			String kind, ContactJson author, String text, Instant createdAt, Instant receivedAt) {

		static MessageJson of(ConversationThread.Entry m) {
			var a = m.author();
			return new MessageJson(m.id().toString(), m.externalId(), m.parentExternalId(), m.depth(),
					m.direction().name(), m.kind().name(),
					new ContactJson(a.id().toString(), a.platform(), a.handle(), a.displayName(),
							a.customer() == null ? null : a.customer().toString()),
					m.text(), m.createdAt(), m.receivedAt());
		}
	}

	record ContactJson(String id, String platform, @Nullable String handle, @Nullable String displayName,
			@Nullable String customer) {
	}
}
