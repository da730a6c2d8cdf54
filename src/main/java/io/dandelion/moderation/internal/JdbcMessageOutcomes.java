package io.dandelion.moderation.internal;

import io.dandelion.conversations.ConversationId;
import io.dandelion.conversations.MessageId;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.Decision;
import io.dandelion.moderation.MessageOutcomes;
import io.dandelion.moderation.ReviewItem;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** A conversation's moderation outcomes read in three queries: decisions, reviews, platform actions. */
@Component
class JdbcMessageOutcomes implements MessageOutcomes {

	private static final TypeReference<Map<String, Double>> LABELS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, Object>>> SPANS = new TypeReference<>() {
	};

	private static final TypeReference<List<ReviewItem.DecisionRecord>> VERDICTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	JdbcMessageOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<MessageId, Outcome> ofConversation(AccessScope scope, ConversationId conversation) {
		Map<MessageId, Draft> drafts = new LinkedHashMap<>();
		jdbc.sql("select * from moderation_decision where conversation_id = ? order by received_at, message_id")
			.param(conversation.value())
			.query((rs, n) -> draft(rs, scope.masksPersonalData()))
			.list()
			.stream()
			.filter(d -> readable(scope, d))
			.forEach(d -> drafts.put(d.message, d));
		if (drafts.isEmpty()) {
			return Map.of();
		}
		reviews(conversation, drafts, scope.masksPersonalData());
		platformActions(drafts);
		Map<MessageId, Outcome> outcomes = new LinkedHashMap<>();
		drafts.forEach((id, d) -> outcomes.put(id, d.outcome()));
		return outcomes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConversationId> latestMatching(AccessScope scope, @Nullable String intent, @Nullable Mood mood,
			int limit) {
		var languages = scope.contract().map(io.dandelion.organisation.ContractLimits::languages).orElse(java.util.Set.of());
		var platforms = scope.contract().map(io.dandelion.organisation.ContractLimits::platforms).orElse(java.util.Set.of());
		String band = mood == null ? "" : switch (mood) {
			case NEGATIVE -> " and sentiment < -0.2";
			case NEUTRAL -> " and sentiment between -0.2 and 0.2";
			case POSITIVE -> " and sentiment > 0.2";
		};
		return jdbc.sql("""
				select conversation_id from (
				  select distinct on (conversation_id) conversation_id, intent, sentiment, received_at
				  from moderation_decision
				  where unit_id = any(?::uuid[]) and (? or language = any(?::text[])) and (? or platform = any(?::text[]))
				  order by conversation_id, received_at desc) latest
				where (?::text is null or intent = ?)""" + band + " order by received_at desc limit ?")
			.params(scope.units(Permission.CONVERSATIONS_READ).stream().map(UnitId::toString).toArray(String[]::new),
					languages.isEmpty(), languages.toArray(String[]::new), platforms.isEmpty(),
					platforms.toArray(String[]::new), intent, intent, limit)
			.query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
			.list();
	}

	private static boolean readable(AccessScope scope, Draft d) {
		return scope.can(Permission.CONVERSATIONS_READ, d.unit) && scope.contract()
			.map(c -> c.coversLanguage(d.language) && c.coversPlatform(d.platform))
			.orElse(true);
	}

	private Draft draft(ResultSet rs, boolean mask) throws SQLException {
		var d = new Draft(new MessageId(rs.getObject("message_id", UUID.class)),
				new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("platform"), rs.getString("language"),
				rs.getDouble("language_confidence"), rs.getString("intent"), rs.getDouble("sentiment"),
				RuleJson.MAPPER.readValue(rs.getString("labels"), LABELS));
		d.reasons.addAll(masked(RuleJson.MAPPER.readValue(rs.getString("analysis_reasons"), TEXTS), mask));
		RuleJson.MAPPER.readValue(rs.getString("pii"), SPANS)
			.forEach(span -> d.personalData.add(span.get("kind") + " (" + span.get("start") + "–" + span.get("end") + ")"));
		List<String> ruleNames = new ArrayList<>();
		List<Decision.Match> matches = RuleJson.matches(rs.getString("matches"));
		matches.forEach(m -> {
			ruleNames.add(m.ruleName());
			d.rules.add(new RuleMatch(m.ruleName(), masked(m.reasons(), mask),
					m.actions().stream().map(JdbcMessageOutcomes::describe).toList()));
		});
		// the settled actions, as the pipeline settled them from the matches (which keep their types)
		List<Action> settled = new Decision(matches, List.of()).actions();
		d.history.add(new Step(rs.getObject("decided_at", OffsetDateTime.class).toInstant(), Step.Kind.DECIDED, "system",
				settled.isEmpty() ? "none" : settled.stream().map(JdbcMessageOutcomes::describe).collect(Collectors.joining(", ")),
				ruleNames.isEmpty() ? null : String.join(", ", ruleNames)));
		return d;
	}

	private void reviews(ConversationId conversation, Map<MessageId, Draft> drafts, boolean mask) {
		jdbc.sql("select message_id, queue, reasons, decisions, created_at from moderation_review where conversation_id = ?")
			.param(conversation.value())
			.query(rs -> {
				Draft d = drafts.get(new MessageId(rs.getObject(1, UUID.class)));
				if (d == null) {
					return;
				}
				List<String> reasons = masked(RuleJson.MAPPER.readValue(rs.getString(3), TEXTS), mask);
				d.history.add(new Step(rs.getObject(5, OffsetDateTime.class).toInstant(), Step.Kind.REVIEW_OPENED, "system",
						rs.getString(2), reasons.isEmpty() ? null : String.join("; ", reasons)));
				for (ReviewItem.DecisionRecord verdict : RuleJson.MAPPER.readValue(rs.getString(4), VERDICTS)) {
					String note = verdict.note() == null ? "" : " — " + masked(List.of(verdict.note()), mask).get(0);
					d.history.add(new Step(verdict.at(), Step.Kind.REVIEWED, verdict.moderator(),
							verdict.verdict().name().toLowerCase(), verdict.reasonCode() + note));
				}
			});
	}

	private void platformActions(Map<MessageId, Draft> drafts) {
		UUID[] ids = drafts.keySet().stream().map(MessageId::value).toArray(UUID[]::new);
		jdbc.sql("""
				select message_id, kind, origin, status, last_error, coalesce(done_at, created_at)
				from moderation_action where message_id = any(?) and kind <> 'REPLY'""")
			.param(ids)
			.query(rs -> {
				Draft d = drafts.get(new MessageId(rs.getObject(1, UUID.class)));
				d.history.add(new Step(rs.getObject(6, OffsetDateTime.class).toInstant(), Step.Kind.PLATFORM_ACTION,
						rs.getString(3), rs.getString(2).toLowerCase() + " " + rs.getString(4).toLowerCase(), rs.getString(5)));
			});
	}

	private static String describe(Action action) {
		if (action instanceof Action.Delete d) {
			return d.secondPerson() ? "delete (after a second person)" : "delete";
		}
		if (action instanceof Action.FlagForReview r) {
			return "review in " + r.queue();
		}
		if (action instanceof Action.RouteTo r) {
			return "route to " + r.queue();
		}
		if (action instanceof Action.SetPriority p) {
			return "priority " + p.priority();
		}
		if (action instanceof Action.Tag t) {
			return "tag " + t.tag();
		}
		if (action instanceof Action.AutoReply a) {
			return "auto-reply " + a.savedReply();
		}
		return action.kind();
	}

	private static List<String> masked(List<String> texts, boolean mask) {
		return mask ? texts.stream().map(t -> Masking.mask(t, List.of())).toList() : texts;
	}

	/** An outcome being put together from the three queries. */
	private static final class Draft {

		final MessageId message;
		final UnitId unit;
		final String platform;
		final String language;
		final double languageConfidence;
		final @Nullable String intent;
		final double sentiment;
		final Map<String, Double> labels;
		final List<String> reasons = new ArrayList<>();
		final List<String> personalData = new ArrayList<>();
		final List<RuleMatch> rules = new ArrayList<>();
		final List<Step> history = new ArrayList<>();

		Draft(MessageId message, UnitId unit, String platform, String language, double languageConfidence,
				@Nullable String intent, double sentiment, Map<String, Double> labels) {
			this.message = message;
			this.unit = unit;
			this.platform = platform;
			this.language = language;
			this.languageConfidence = languageConfidence;
			this.intent = intent;
			this.sentiment = sentiment;
			this.labels = new HashMap<>(labels);
		}

		Outcome outcome() {
			history.sort(Comparator.comparing(Step::at));
			return new Outcome(message, language, languageConfidence, intent, sentiment, labels, reasons, personalData,
					rules, history);
		}
	}
}
