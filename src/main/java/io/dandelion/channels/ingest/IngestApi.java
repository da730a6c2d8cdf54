package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.connector.WebhookRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/channels/{id}/items}: items from any source, as a JSON array or NDJSON, signed
 * with the channel's webhook secret (see docs/ingest.md). No session: the signature is the credential.
 */
@RestController
@Tag(name = "Channels: ingest", description = "Push items into a channel, signed with HMAC-SHA256 (docs/ingest.md)")
class IngestApi {

	static final int MAX_BODY = 16 * 1024 * 1024;

	private final WebhookIngest ingest;

	IngestApi(WebhookIngest ingest) {
		this.ingest = ingest;
	}

	@PostMapping("/api/v1/channels/{id}/items")
	@Operation(summary = "Deliver items (JSON array or NDJSON) with X-Dandelion-Signature: sha256=<hex HMAC of the body>. "
			+ "200 when all were taken; 400 naming each malformed item (the others are stored, the malformed kept as "
			+ "dead letters); 401 bad signature; 413 body over 16 MiB")
	ResponseEntity<Map<String, Object>> items(@PathVariable String id, HttpServletRequest request) throws IOException {
		ChannelId channel = ChannelId.of(id);
		if (request.getContentLengthLong() > MAX_BODY) {
			throw tooLarge();
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			throw tooLarge();
		}
		WebhookIngest.Outcome outcome = ingest.receive(channel, body, request.getHeader(ItemSignature.HEADER));
		Map<String, Object> answer = new LinkedHashMap<>();
		if (!outcome.problems().isEmpty()) {
			answer.put("error", outcome.problems().size() + " of " + outcome.received()
					+ " items could not be read and were kept as dead letters; the others were stored");
		}
		answer.put("received", outcome.received());
		answer.put("stored", outcome.stored());
		answer.put("duplicates", outcome.duplicates());
		answer.put("deadLettered", outcome.problems().size());
		if (!outcome.problems().isEmpty()) {
			List<Map<String, Object>> problems = outcome.problems()
				.stream()
				.limit(100)
				.map(p -> Map.<String, Object>of("line", p.position(), "error", p.error()))
				.toList();
			answer.put("problems", problems);
		}
		return ResponseEntity.status(outcome.problems().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(answer);
	}

	private static WebhookRejectedException tooLarge() {
		return new WebhookRejectedException(413, "the body is larger than 16 MiB; send the items in several deliveries");
	}

	@ExceptionHandler(WebhookRejectedException.class)
	ResponseEntity<Map<String, Object>> rejected(WebhookRejectedException e) {
		return ResponseEntity.status(e.status()).body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> badInput(IllegalArgumentException e) {
		return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
	}
}
