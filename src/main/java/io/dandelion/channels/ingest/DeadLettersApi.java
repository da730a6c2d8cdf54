package io.dandelion.channels.ingest;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelAccess;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelForbiddenException;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A channel's dead letters, for those who manage it: inspect, and replay (as kept or corrected). */
@RestController
@Tag(name = "Channels: dead letters", description = "Input a channel could not take; replay after a fix")
class DeadLettersApi {

	private final DeadLetters deadLetters;
	private final WebhookIngest ingest;
	private final ChannelDirectory channels;
	private final CurrentAccess access;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	DeadLettersApi(DeadLetters deadLetters, WebhookIngest ingest, ChannelDirectory channels, CurrentAccess access,
			AuditLog audit, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.deadLetters = deadLetters;
		this.ingest = ingest;
		this.channels = channels;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/api/v1/channels/{id}/dead-letters")
	@Operation(summary = "Dead letters not replayed yet, newest first (at most 200)")
	List<DeadLetters.DeadLetter> list(@PathVariable String id) {
		ChannelId channel = ChannelId.of(id);
		managed(access.get(), channel);
		return deadLetters.open(channel, 200);
	}

	@PostMapping("/api/v1/channels/{id}/dead-letters/{letter}/replay")
	@Operation(summary = "Read the letter again, or the corrected item(s) sent as the body (JSON or NDJSON), and store them")
	IngestResult replay(@PathVariable String id, @PathVariable UUID letter,
			@RequestBody(required = false) @Nullable String correction) {
		// marking the letter, storing its items and the audit entry commit together, or not at all
		return transactions.execute(status -> replayOnce(id, letter, correction));
	}

	private IngestResult replayOnce(String id, UUID letter, @Nullable String correction) {
		AccessScope scope = access.get();
		ChannelId channelId = ChannelId.of(id);
		Channel channel = managed(scope, channelId);
		DeadLetters.DeadLetter found = deadLetters.find(channelId, letter)
			.orElseThrow(() -> new ChannelNotFoundException("dead letter " + letter + " not found"));
		if (found.replayedAt() != null || !deadLetters.replayed(letter, scope.actor())) {
			throw new IllegalArgumentException("this letter was replayed already");
		}
		boolean corrected = correction != null && !correction.isBlank();
		IngestResult result = ingest.replay(channelId, corrected ? correction : found.payload());
		audit.record(new AuditEntry(scope.actor(), "channel.dead-letter-replayed", channel.unit(), "channel",
				channelId.toString(), Map.of("letter", letter.toString(), "reason", found.reason()),
				Map.of("corrected", corrected, "stored", result.stored(), "duplicates", result.duplicates())));
		return result;
	}

	private Channel managed(AccessScope scope, ChannelId id) {
		return ChannelAccess.managed(scope, id, channels.details(id));
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
