package io.dandelion.channels.ingest;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ItemSink;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.channels.connector.WebhookRejectedException;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelStatus;
import io.dandelion.channels.internal.CredentialVault;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a signed delivery of items for one channel: checks the signature, reads every item, hands the
 * good ones to the {@link ItemSink} in one batch and keeps each malformed one as a dead letter with its
 * position. A delivery whose signature does not match is refused whole and kept as an unverified letter.
 */
@Service
class WebhookIngest {

	static final String SECRET = "webhook_secret";

	private final ChannelDirectory channels;
	private final CredentialVault vault;
	private final ItemSink sink;
	private final DeadLetters deadLetters;
	private final ItemParser parser;

	WebhookIngest(ChannelDirectory channels, CredentialVault vault, ItemSink sink, DeadLetters deadLetters,
			JsonMapper json) {
		this.channels = channels;
		this.vault = vault;
		this.sink = sink;
		this.deadLetters = deadLetters;
		this.parser = new ItemParser(json);
	}

	/** What became of a delivery. */
	record Outcome(int received, int stored, int duplicates, List<ItemParser.Problem> problems) {
	}

	Outcome receive(ChannelId id, byte[] body, @Nullable String signature) {
		channels.details(id)
			.filter(c -> c.status() != ChannelStatus.DELETED)
			.orElseThrow(() -> new WebhookRejectedException(404, "no channel " + id));
		String secret = vault.open(id).get(SECRET);
		if (secret == null) {
			throw new WebhookRejectedException(403, "channel " + id + " has no " + SECRET
					+ "; a channel manager sets one with PUT /api/v1/channels/" + id);
		}
		if (!ItemSignature.matches(body, secret, signature)) {
			deadLetters.keep(id, "the " + ItemSignature.HEADER + " header is missing or does not match the body", null,
					new String(body, StandardCharsets.UTF_8), false);
			throw new WebhookRejectedException(401, "the " + ItemSignature.HEADER
					+ " header must be sha256=<hex HMAC-SHA256 of the raw body keyed with the channel's webhook secret>");
		}
		ItemParser.Parsed parsed = parser.parse(body);
		for (ItemParser.Problem problem : parsed.problems()) {
			deadLetters.keep(id, problem.error(), problem.position(), problem.raw(), true);
		}
		IngestResult result = sink.accept(id, parsed.items());
		return new Outcome(parsed.items().size() + parsed.problems().size(), result.stored(), result.duplicates(),
				parsed.problems());
	}

	/** Reads a dead letter (or its correction) again and hands what it holds to the sink. */
	IngestResult replay(ChannelId id, String payload) {
		ItemParser.Parsed parsed = parser.parse(payload.getBytes(StandardCharsets.UTF_8));
		if (!parsed.problems().isEmpty()) {
			ItemParser.Problem first = parsed.problems().get(0);
			throw new IllegalArgumentException("the letter still does not read"
					+ (first.position() > 0 ? " (item " + first.position() + ")" : "") + ": " + first.error());
		}
		if (parsed.items().isEmpty()) {
			throw new IllegalArgumentException("the letter holds no item");
		}
		return sink.accept(id, parsed.items());
	}
}
