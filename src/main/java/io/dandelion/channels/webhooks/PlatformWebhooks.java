package io.dandelion.channels.webhooks;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.ItemSink;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.connector.WebhookDelivery;
import io.dandelion.channels.connector.WebhookRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/channels/{id}/webhook}: what a platform calls for a channel whose connector takes
 * webhooks. No session: the connector checks the platform's own signature against the channel's secret.
 */
@RestController
@Tag(name = "Channels: platform webhooks", description = "Subscription handshakes and signed deliveries from the platforms")
class PlatformWebhooks {

	static final int MAX_BODY = 16 * 1024 * 1024;

	private final ConnectorRegistry registry;
	private final ItemSink sink;

	PlatformWebhooks(ConnectorRegistry registry, ItemSink sink) {
		this.registry = registry;
		this.sink = sink;
	}

	@GetMapping(path = "/api/v1/channels/{id}/webhook", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Subscription handshake: Meta sends hub.mode=subscribe, the channel's verify_token and a "
			+ "hub.challenge, which is echoed; 403 for another verify token, 400 for a malformed request")
	String verify(@PathVariable String id, @RequestParam Map<String, String> query) {
		ConnectorRegistry.Opened opened = webhookChannel(id);
		try {
			return opened.connector().verifySubscription(opened.account(), query);
		}
		catch (ChannelActionException unsupported) {
			// a channel that takes signed deliveries but has no subscription handshake (our own webhook platform)
			throw new WebhookRejectedException(404, "channel " + id + " has no webhook subscription to verify");
		}
	}

	@PostMapping("/api/v1/channels/{id}/webhook")
	@Operation(summary = "A delivery signed the platform's way (Meta: X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of "
			+ "the body with the app secret>); 200 with what was stored, 401 for a bad signature, 400 for a malformed body")
	Map<String, Object> deliver(@PathVariable String id, HttpServletRequest request) throws IOException {
		ConnectorRegistry.Opened opened = webhookChannel(id);
		if (request.getContentLengthLong() > MAX_BODY) {
			throw new WebhookRejectedException(413, "the body is larger than 16 MiB");
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			throw new WebhookRejectedException(413, "the body is larger than 16 MiB");
		}
		Map<String, String> headers = new HashMap<>();
		Collections.list(request.getHeaderNames()).forEach(name -> headers.put(name, request.getHeader(name)));
		Map<String, String> query = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> query.put(name, values[0]));
		List<InboundItem> items = opened.connector().receive(opened.account(), new WebhookDelivery(body, headers, query));
		IngestResult result = sink.accept(opened.channel().id(), items);
		return Map.of("received", items.size(), "stored", result.stored(), "duplicates", result.duplicates());
	}

	private ConnectorRegistry.Opened webhookChannel(String id) {
		ConnectorRegistry.Opened opened;
		try {
			opened = registry.open(ChannelId.of(id));
		}
		catch (ChannelActionException | IllegalArgumentException e) {
			throw new WebhookRejectedException(404, "no channel " + id + " takes platform webhooks");
		}
		if (!opened.connector().capabilities().contains(Capability.WEBHOOK)) {
			throw new WebhookRejectedException(404, "no channel " + id + " takes platform webhooks");
		}
		return opened;
	}

	@ExceptionHandler(WebhookRejectedException.class)
	ResponseEntity<Map<String, Object>> rejected(WebhookRejectedException e) {
		return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
	}

	/** The delivery holds an item the conversations cannot store (an id over 512 characters, say). */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, Object>> unstorable(IllegalArgumentException e) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
	}

	/** A credential the connector needs is missing (IllegalStateException from ConnectedAccount.required). */
	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<Map<String, Object>> unconfigured(IllegalStateException e) {
		return ResponseEntity.status(403).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
	}
}
