package io.dandelion.moderation.internal;

import io.dandelion.analysis.Analysis.PersonalDataSpan;
import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.conversations.Messages;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.ModerationActionsTaken;
import io.dandelion.moderation.ModerationActionsTaken.TakenAction;
import io.dandelion.moderation.ReasonCodes;
import io.dandelion.moderation.ReviewDecided;
import io.dandelion.moderation.ReviewItem;
import io.dandelion.moderation.ReviewItem.Verdict;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.ContractLimits;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The review queue as moderators see it: only items in units where they moderate, and for agency staff
 * only the languages and platforms of their contract, with personal data masked when it says so. A
 * verdict needs a configured reason code, is audited, and is carried out on the platform: hide, delete,
 * or, approving a message the policy had hidden, restore it.
 */
@Service
class Reviews {

	private final JdbcClient jdbc;
	private final PlatformActions actions;
	private final AuditLog audit;
	private final ReasonCodes codes;
	private final Messages messages;
	private final ApplicationEventPublisher events;

	Reviews(JdbcClient jdbc, PlatformActions actions, AuditLog audit, ReasonCodes codes, Messages messages,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.actions = actions;
		this.audit = audit;
		this.codes = codes;
	}

	/** One review item as a moderator sees it. */
	record ReviewView(UUID id, MessageId message, ConversationId conversation, ChannelId channel, UnitId unit,
			String platform, String language, String queue, ReviewItem.Status status, boolean deleteNeedsSecondPerson,
			List<String> reasons, String text, List<ReviewItem.DecisionRecord> decisions, Instant createdAt) {
	}

	ReasonCodes codes() {
		return codes;
	}

	/** Open items (pending, or waiting for a second person) the caller may work, oldest first. */
	List<ReviewView> open(AccessScope scope, @Nullable String queue, int limit) {
		return jdbc.sql("""
				select r.*, d.pii from moderation_review r join moderation_decision d on d.message_id = r.message_id
				where r.status in ('PENDING', 'AWAITING_SECOND_PERSON') and r.unit_id = any(?)
				  and (?::text is null or r.queue = ?::text)
				order by r.created_at, r.id limit ?""")
			.params(units(scope), queue, queue, Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> map(rs, scope.masksPersonalData()))
			.list()
			.stream()
			.filter(item -> covers(scope, item))
			.toList();
	}

	/** One item, open or decided; empty when it does not exist or lies outside the caller's scope. */
	Optional<ReviewView> find(AccessScope scope, UUID id) {
		return jdbc.sql("""
				select r.*, d.pii from moderation_review r join moderation_decision d on d.message_id = r.message_id
				where r.id = ? and r.unit_id = any(?)""")
			.params(id, units(scope))
			.query((rs, n) -> map(rs, scope.masksPersonalData()))
			.optional()
			.filter(item -> covers(scope, item));
	}

	/** Records the caller's verdict and carries it out; returns the item as it now stands. */
	@Transactional
	ReviewView decide(AccessScope scope, UUID id, Verdict verdict, String reasonCode, @Nullable String note) {
		ReviewView view = find(scope, id).orElseThrow(() -> readableButNotModerated(scope, id)
			? ModerationException.forbidden("deciding on review items needs the right to moderate in this unit")
			: ModerationException.notFound("no review item " + id));
		jdbc.sql("select id from moderation_review where id = ? for update").param(id).query(UUID.class).single();
		ReviewView current = find(scope, id).orElseThrow();
		var item = new ReviewItem(current.id(), current.message().value(), current.unit(), current.queue(),
				current.deleteNeedsSecondPerson(), current.status(), current.decisions());
		Optional<Verdict> carryOut;
		Instant at = Instant.now();
		try {
			carryOut = item.decide(scope.actor(), verdict, reasonCode, codes, blankToNull(note), at);
		}
		catch (IllegalStateException e) {
			throw ModerationException.conflict(e.getMessage());
		}
		jdbc.sql("update moderation_review set status = ?, decisions = ?::jsonb, decided_at = case when ? then now() end "
				+ "where id = ?")
			.params(item.status().name(), RuleJson.write(item.decisions()), item.status() != ReviewItem.Status.PENDING
					&& item.status() != ReviewItem.Status.AWAITING_SECOND_PERSON, id)
			.update();
		carryOut.flatMap(v -> platformAction(view, v)).ifPresent(kind -> carryOut(view, kind, scope.actor()));
		carryOut.ifPresent(settled -> events.publishEvent(new ReviewDecided(view.message(), view.channel(), view.unit(),
				settled)));
		audit.record(new AuditEntry(scope.actor(), "moderation.review-decided", view.unit(), "review", id.toString(),
				Map.of("status", view.status().name()), Map.of("status", item.status().name(), "verdict", verdict.name(),
						"reasonCode", reasonCode, "note", note == null ? "" : note)));
		events.publishEvent(new ModerationActionsTaken(List.of(new TakenAction(view.message(), view.conversation(),
				view.channel(), view.unit(), view.platform(), view.language(), verdict.name().toLowerCase(Locale.ROOT),
				reasonCode, false, scope.contract().map(ContractLimits::agency).orElse(null), at))));
		return find(scope, id).orElseThrow();
	}

	private void carryOut(ReviewView view, PlatformActions.Kind kind, String moderator) {
		ReceivedMessage message = messages.load(List.of(view.message())).stream()
			.findFirst()
			.orElseThrow(() -> ModerationException.conflict("the message of review item " + view.id() + " is gone"));
		var action = PlatformActions.PlatformAction.of(message.id(), message.channel(), message.unit(),
				message.externalId(), message.threadExternalId(), kind, null, "review by " + moderator);
		actions.enqueue(List.of(action));
		actions.runAfterCommit(List.of(action));
	}

	private Optional<PlatformActions.Kind> platformAction(ReviewView view, Verdict verdict) {
		return switch (verdict) {
			case HIDE -> Optional.of(PlatformActions.Kind.HIDE);
			case DELETE -> Optional.of(PlatformActions.Kind.DELETE);
			case APPROVE -> actions.wasHidden(view.message()) ? Optional.of(PlatformActions.Kind.UNHIDE) : Optional.empty();
			case ESCALATE -> Optional.empty();
		};
	}

	private boolean readableButNotModerated(AccessScope scope, UUID id) {
		return jdbc.sql("select unit_id from moderation_review where id = ?")
			.param(id)
			.query(UUID.class)
			.optional()
			.map(unit -> scope.can(Permission.CONVERSATIONS_READ, new UnitId(unit)))
			.orElse(false);
	}

	private static boolean covers(AccessScope scope, ReviewView item) {
		return scope.contract()
			.map(c -> c.coversLanguage(item.language()) && c.coversPlatform(item.platform()))
			.orElse(true);
	}

	private static UUID[] units(AccessScope scope) {
		return scope.units(Permission.MODERATE).stream().map(UnitId::value).toArray(UUID[]::new);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static ReviewView map(ResultSet rs, boolean masked) throws SQLException {
		String text = rs.getString("text");
		if (masked) {
			text = Masking.mask(text, RuleJson.MAPPER.readValue(rs.getString("pii"), new TypeReference<List<PersonalDataSpan>>() {
			}));
		}
		return new ReviewView(rs.getObject("id", UUID.class), new MessageId(rs.getObject("message_id", UUID.class)),
				new ConversationId(rs.getObject("conversation_id", UUID.class)),
				new ChannelId(rs.getObject("channel_id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				rs.getString("platform"), rs.getString("language"), rs.getString("queue"),
				ReviewItem.Status.valueOf(rs.getString("status")), rs.getBoolean("delete_needs_second_person"),
				RuleJson.MAPPER.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {
				}), text, RuleJson.MAPPER.readValue(rs.getString("decisions"),
						new TypeReference<List<ReviewItem.DecisionRecord>>() {
						}), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
