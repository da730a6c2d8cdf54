package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.channels.internal.ChannelForbiddenException;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.organisation.CurrentAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A channel's dead letters, for those who manage it: inspect, replay (as kept or corrected) or discard. */
@RestController
@Tag(name = "Channels: dead letters", description = "Input a channel could not take; replay after a fix, or discard")
class DeadLettersApi {

	private final DeadLetterDecisions decisions;
	private final CurrentAccess access;

	DeadLettersApi(DeadLetterDecisions decisions, CurrentAccess access) {
		this.decisions = decisions;
		this.access = access;
	}

	@GetMapping("/api/v1/channels/{id}/dead-letters")
	@Operation(summary = "Dead letters neither replayed nor discarded, newest first (at most 200)")
	List<DeadLetters.DeadLetter> list(@PathVariable String id) {
		return decisions.open(access.get(), ChannelId.of(id), 200);
	}

	@PostMapping("/api/v1/channels/{id}/dead-letters/{letter}/replay")
	@Operation(summary = "Read the letter again, or the corrected item(s) sent as the body (JSON or NDJSON), and store them")
	IngestResult replay(@PathVariable String id, @PathVariable UUID letter,
			@RequestBody(required = false) @Nullable String correction) {
		return decisions.replay(access.get(), ChannelId.of(id), letter, correction);
	}

	@PostMapping("/api/v1/channels/{id}/dead-letters/{letter}/discard")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Close the letter without replaying it (it stays kept, with who discarded it)")
	void discard(@PathVariable String id, @PathVariable UUID letter) {
		decisions.discard(access.get(), ChannelId.of(id), letter);
	}

	@ExceptionHandler(ChannelNotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(ChannelNotFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(ChannelForbiddenException.class)
	ResponseEntity<Map<String, String>> forbidden(ChannelForbiddenException e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
		return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
	}
}
