package io.dandelion.moderation.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActions;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.MessageId;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out hide, unhide, delete and reply on the platform through the channel's connector. Actions
 * are stored first (with the decision that calls for them), then claimed and run; a failure the
 * platform may recover from (unavailable, rate limited, account to reconnect) is tried again later with
 * a growing delay, anything else, or too many attempts, sends the message to human review. Nothing is
 * lost: an action that a crash interrupted is claimed again by the retry job.
 */
@Component
class PlatformActions {

	static final int MAX_ATTEMPTS = 8;

	private static final Logger log = LoggerFactory.getLogger(PlatformActions.class);

	private final JdbcClient jdbc;
	private final ObjectProvider<ChannelActions> connectors;
	private final ReviewQueue reviews;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	PlatformActions(JdbcClient jdbc, ObjectProvider<ChannelActions> connectors, ReviewQueue reviews, AuditLog audit,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.connectors = connectors;
		this.reviews = reviews;
		this.audit = audit;
		this.transactions = transactions;
	}

	enum Kind {
		HIDE, UNHIDE, DELETE, REPLY
	}

	/** An action to carry out on one message; {@code origin} says who asked (a rule, a moderator). */
	record PlatformAction(UUID id, MessageId message, ChannelId channel, UnitId unit, String externalId,
			String threadExternalId, Kind kind, @Nullable String replyText, String origin, int attempts) {

		static PlatformAction of(MessageId message, ChannelId channel, UnitId unit, String externalId,
				String threadExternalId, Kind kind, @Nullable String replyText, String origin) {
			return new PlatformAction(UUID.randomUUID(), message, channel, unit, externalId, threadExternalId, kind,
					replyText, origin, 0);
		}
	}

	/** Stores actions to run; the caller runs them with {@link #run} once its transaction committed. */
	void enqueue(List<PlatformAction> actions) {
		for (PlatformAction a : actions) {
			// a minute's grace: the pipeline runs them right after its commit; the retry job only if that never happened
			jdbc.sql("""
					insert into moderation_action (id, message_id, channel_id, unit_id, external_id, thread_external_id,
					    kind, reply_text, origin, next_attempt_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, now() + interval '1 minute')""")
				.params(a.id(), a.message().value(), a.channel().value(), a.unit().value(), a.externalId(),
						a.threadExternalId(), a.kind().name(), a.replyText(), a.origin())
				.update();
		}
	}

	/** Runs the given actions once the current transaction committed (at once without one). */
	void runAfterCommit(List<PlatformAction> stored) {
		Set<UUID> ids = Set.copyOf(stored.stream().map(PlatformAction::id).toList());
		if (ids.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			run(ids);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					run(ids);
				}
				catch (RuntimeException e) {
					// stored and committed: the retry job runs them later
					log.warn("platform actions will be retried: {}", e.toString());
				}
			}
		});
	}

	/** Whether a hide of the message was asked for and not given up on (so approving it means restoring it). */
	boolean wasHidden(MessageId message) {
		return jdbc.sql("select exists (select 1 from moderation_action where message_id = ? and kind = 'HIDE' "
				+ "and status <> 'FAILED')").param(message.value()).query(Boolean.class).single();
	}

	/** Claims and runs the given actions (those no one else claimed). */
	void run(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		claim("id = any(?) and status = 'PENDING'", (Object) ids.toArray(UUID[]::new)).forEach(this::execute);
	}

	/** Runs what is due: retries, and actions a crash left unfinished. */
	@Scheduled(fixedDelayString = "${dandelion.moderation.retry-delay:PT30S}",
			initialDelayString = "${dandelion.moderation.retry-delay:PT30S}")
	void runDue() {
		claim("""
				id in (select id from moderation_action
				       where (status = 'PENDING' and next_attempt_at <= now())
				          or (status = 'RUNNING' and claimed_at < now() - interval '5 minutes')
				       order by next_attempt_at limit 200 for update skip locked)""").forEach(this::execute);
	}

	private List<PlatformAction> claim(String where, Object... params) {
		return jdbc.sql("update moderation_action set status = 'RUNNING', claimed_at = now(), attempts = attempts + 1 where "
				+ where + " returning *")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
	}

	private void execute(PlatformAction action) {
		ChannelActions channels = connectors.getIfAvailable();
		if (channels == null) {
			later(action, "no connector is available to act on the channel yet", null);
			return;
		}
		try {
			switch (action.kind()) {
				case HIDE -> channels.hide(action.channel(), action.externalId());
				case UNHIDE -> channels.unhide(action.channel(), action.externalId());
				case DELETE -> channels.delete(action.channel(), action.externalId());
				case REPLY -> channels.reply(action.channel(), action.externalId(), action.threadExternalId(),
						java.util.Objects.requireNonNull(action.replyText()));
			}
			done(action, "done");
		}
		catch (ChannelActionException e) {
			failed(action, e);
		}
		catch (RuntimeException e) {
			log.warn("{} of message {} failed unexpectedly; will try again", action.kind(), action.message(), e);
			later(action, "unexpected failure: " + e.getClass().getSimpleName(), null);
		}
	}

	private void failed(PlatformAction action, ChannelActionException e) {
		switch (e.reason()) {
			case UNAVAILABLE, RATE_LIMITED, UNAUTHORISED -> later(action, e.reason() + ": " + e.getMessage(), e.retryAt());
			case GONE -> {
				if (action.kind() == Kind.REPLY) {
					giveUp(action, "the message was deleted on the platform before the answer could be sent");
				}
				else {
					done(action, "gone on the platform");
				}
			}
			case UNSUPPORTED, REJECTED -> giveUp(action, e.reason() + ": " + e.getMessage());
		}
	}

	private void later(PlatformAction action, String error, @Nullable Instant retryAt) {
		if (action.attempts() >= MAX_ATTEMPTS) {
			giveUp(action, error + " (gave up after " + action.attempts() + " attempts)");
			return;
		}
		Duration backoff = Duration.ofMinutes(1L << Math.min(action.attempts() - 1, 6));
		Instant next = retryAt != null ? retryAt : Instant.now().plus(backoff);
		jdbc.sql("update moderation_action set status = 'PENDING', next_attempt_at = ?, last_error = ? where id = ?")
			.params(java.sql.Timestamp.from(next), error, action.id())
			.update();
	}

	private void done(PlatformAction action, String outcome) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update moderation_action set status = 'DONE', done_at = now(), last_error = null where id = ?")
				.param(action.id())
				.update();
			audit.record(new AuditEntry("system", "moderation.action-" + action.kind().name().toLowerCase(), action.unit(),
					"message", action.message().toString(), null, Map.of("origin", action.origin(), "outcome", outcome)));
		});
	}

	private void giveUp(PlatformAction action, String error) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update moderation_action set status = 'FAILED', done_at = now(), last_error = ? where id = ?")
				.params(error, action.id())
				.update();
			reviews.openForFailedAction(action.message(), action.kind().name().toLowerCase() + " failed: " + error);
			audit.record(new AuditEntry("system", "moderation.action-failed", action.unit(), "message",
					action.message().toString(), null, Map.of("action", action.kind().name(), "error", error)));
		});
	}

	private static PlatformAction map(ResultSet rs) throws SQLException {
		return new PlatformAction(rs.getObject("id", UUID.class), new MessageId(rs.getObject("message_id", UUID.class)),
				new ChannelId(rs.getObject("channel_id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				rs.getString("external_id"), rs.getString("thread_external_id"), Kind.valueOf(rs.getString("kind")),
				rs.getString("reply_text"), rs.getString("origin"), rs.getInt("attempts"));
	}
}
