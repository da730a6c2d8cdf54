package io.dandelion.routing.web;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.routing.ReplyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collision control over REST: who is writing a reply in a conversation, and the claim a client makes
 * before sending an answer to a customer's message, refused with 409 when someone answered it already
 * unless the client names the latest answer it has seen.
 */
@RestController
@Tag(name = "Collision control", description = "'X is replying' and the one-answer-per-message check")
class RepliesApi {

	private final ReplyGuard guard;
	private final CurrentAccess access;

	RepliesApi(ReplyGuard guard, CurrentAccess access) {
		this.guard = guard;
		this.access = access;
	}

	@GetMapping("/api/v1/conversations/{id}/replying")
	@Operation(summary = "Who is writing a reply in the conversation now")
	List<ReplierJson> replying(@PathVariable String id) {
		return guard.replying(access.get(), ConversationId.of(id)).stream().map(ReplierJson::of).toList();
	}

	@PutMapping("/api/v1/conversations/{id}/replying")
	@Operation(summary = "The caller is writing a reply (repeat every few seconds; it lapses after 30 s); "
			+ "answers the others writing there")
	List<ReplierJson> startReplying(@PathVariable String id) {
		return guard.startReplying(access.get(), ConversationId.of(id)).stream().map(ReplierJson::of).toList();
	}

	@DeleteMapping("/api/v1/conversations/{id}/replying")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The caller stopped writing")
	void stopReplying(@PathVariable String id) {
		guard.stopReplying(access.get(), ConversationId.of(id));
	}

	@GetMapping("/api/v1/messages/{id}/reply-claims")
	@Operation(summary = "The answers claimed for a customer's message, oldest first")
	List<ClaimJson> claims(@PathVariable String id) {
		return guard.claims(access.get(), MessageId.of(id)).stream().map(ClaimJson::of).toList();
	}

	@PostMapping("/api/v1/messages/{id}/reply-claims")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Claim the answer to a customer's message before sending it; 409 naming the first answer "
			+ "when it was answered already, unless 'seen' carries the id of the latest answer")
	ClaimJson claim(@PathVariable String id, @RequestBody(required = false) @Nullable SeenJson body) {
		UUID seen = body == null || body.seen() == null || body.seen().isBlank() ? null : uuid(body.seen());
		return ClaimJson.of(guard.claim(access.get(), MessageId.of(id), seen));
	}

	record SeenJson(@Nullable String seen) {
	}

	record ReplierJson(String member, String actor, Instant since) {

		static ReplierJson of(ReplyGuard.Replier replier) {
			return new ReplierJson(replier.member().toString(), replier.actor(), replier.since());
		}
	}

	record ClaimJson(String id, String message, String conversation, String actor, Instant at, @Nullable String over) {

		static ClaimJson of(ReplyGuard.ReplyClaim claim) {
			return new ClaimJson(claim.id().toString(), claim.inbound().toString(), claim.conversation().toString(),
					claim.actor(), claim.at(), claim.over() == null ? null : claim.over().toString());
		}
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'seen' is the id of an earlier answer, not " + value, e);
		}
	}
}
