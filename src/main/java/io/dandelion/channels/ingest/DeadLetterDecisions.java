package io.dandelion.channels.ingest;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ItemSink.IngestResult;
import io.dandelion.channels.internal.Channel;
import io.dandelion.channels.internal.ChannelAccess;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.ChannelNotFoundException;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What channel managers do with dead letters, for the API and the page alike: list the open ones of
 * the channels they manage, replay one (as kept or corrected) or discard it; each decision is taken
 * once, in one transaction with its audit entry. Letters of channels the caller does not see are
 * "not found"; of channels they see but do not manage, forbidden.
 */
@Service
class DeadLetterDecisions {

	private final DeadLetters deadLetters;
	private final WebhookIngest ingest;
	private final ChannelDirectory channels;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	DeadLetterDecisions(DeadLetters deadLetters, WebhookIngest ingest, ChannelDirectory channels, AuditLog audit,
			TransactionTemplate transactions) {
		this.deadLetters = deadLetters;
		this.ingest = ingest;
		this.channels = channels;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** The channels whose letters the caller handles: those they manage and see. */
	List<Channel> managedChannels(AccessScope scope) {
		return channels.ofUnits(scope.units(Permission.CHANNELS_MANAGE))
			.stream()
			.filter(c -> ChannelAccess.sees(scope, c) && scope.can(Permission.CHANNELS_MANAGE, c.unit()))
			.toList();
	}

	/** Open letters of one managed channel, or of all of them ({@code channel} null), newest first. */
	List<DeadLetters.DeadLetter> open(AccessScope scope, @Nullable ChannelId channel, int limit) {
		if (channel != null) {
			ChannelAccess.managed(scope, channel, channels.details(channel));
			return deadLetters.open(channel, limit);
		}
		List<ChannelId> managed = managedChannels(scope).stream().map(Channel::id).toList();
		return managed.isEmpty() ? List.of() : deadLetters.open(managed, limit);
	}

	/** Reads the letter again, or {@code correction} instead when given, and stores what it holds. */
	IngestResult replay(AccessScope scope, @Nullable ChannelId channel, UUID letter, @Nullable String correction) {
		return Objects.requireNonNull(transactions.execute(status -> {
			Decision decision = decide(scope, channel, letter, deadLetters::replayed);
			boolean corrected = correction != null && !correction.isBlank();
			IngestResult result = ingest.replay(decision.letter().channel(),
					corrected ? correction : decision.letter().payload());
			record(scope, decision, "channel.dead-letter-replayed",
					Map.of("corrected", corrected, "stored", result.stored(), "duplicates", result.duplicates()));
			return result;
		}));
	}

	/** Closes the letter without replaying it; it stays kept, with who discarded it and when. */
	void discard(AccessScope scope, @Nullable ChannelId channel, UUID letter) {
		transactions.executeWithoutResult(status -> {
			Decision decision = decide(scope, channel, letter, deadLetters::discarded);
			record(scope, decision, "channel.dead-letter-discarded", Map.of("discarded", true));
		});
	}

	private Decision decide(AccessScope scope, @Nullable ChannelId channel, UUID id, Closing closing) {
		DeadLetters.DeadLetter letter = deadLetters.find(id)
			.filter(found -> channel == null || found.channel().equals(channel))
			.orElseThrow(() -> new ChannelNotFoundException("dead letter " + id + " not found"));
		Channel owner = ChannelAccess.managed(scope, letter.channel(), channels.details(letter.channel()));
		if (!letter.isOpen() || !closing.close(id, scope.actor())) {
			throw new IllegalArgumentException("this letter was replayed or discarded already");
		}
		return new Decision(letter, owner);
	}

	private void record(AccessScope scope, Decision decision, String action, Map<String, Object> after) {
		DeadLetters.DeadLetter letter = decision.letter();
		audit.record(new AuditEntry(scope.actor(), action, decision.channel().unit(), "channel",
				letter.channel().toString(), Map.of("letter", letter.id().toString(), "reason", letter.reason()), after));
	}

	private record Decision(DeadLetters.DeadLetter letter, Channel channel) {
	}

	@FunctionalInterface
	private interface Closing {
		boolean close(UUID letter, String by);
	}
}
