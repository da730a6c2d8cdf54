package io.dandelion.moderation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dandelion.organisation.UnitId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One test of a rule. {@link #test} answers with the reason it holds ("language is ro", "abuse 0.91 ≥
 * 0.8", "keyword 'refund'"), or empty when it does not.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Condition.InUnit.class, name = "unit"),
		@JsonSubTypes.Type(value = Condition.OnChannel.class, name = "channel"),
		@JsonSubTypes.Type(value = Condition.OnPlatform.class, name = "platform"),
		@JsonSubTypes.Type(value = Condition.InLanguage.class, name = "language"),
		@JsonSubTypes.Type(value = Condition.WithIntent.class, name = "intent"),
		@JsonSubTypes.Type(value = Condition.LabelAtLeast.class, name = "label"),
		@JsonSubTypes.Type(value = Condition.SentimentBelow.class, name = "sentimentBelow"),
		@JsonSubTypes.Type(value = Condition.ContainsKeyword.class, name = "keyword"),
		@JsonSubTypes.Type(value = Condition.MatchesRegex.class, name = "regex"),
		@JsonSubTypes.Type(value = Condition.NewAuthor.class, name = "newAuthor"),
		@JsonSubTypes.Type(value = Condition.AuthorFlaggedAtLeast.class, name = "authorFlagged"),
		@JsonSubTypes.Type(value = Condition.OutsideHours.class, name = "outsideHours") })
public sealed interface Condition {

	Optional<String> test(MessageFacts facts);

	/** Checks what can be checked before a rule is saved; throws {@link IllegalArgumentException} with a sentence. */
	default void validate() {
	}

	private static Optional<String> when(boolean holds, String reason) {
		return holds ? Optional.of(reason) : Optional.empty();
	}

	/** The message arrived in this unit or anywhere below it. */
	record InUnit(UnitId unit) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(facts.unitPath().contains(unit), "unit within " + unit);
		}
	}

	record OnChannel(Set<UUID> channels) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(channels.contains(facts.channel()), "channel " + facts.channel());
		}
	}

	record OnPlatform(Set<String> platforms) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(platforms.contains(facts.platform()), "platform is " + facts.platform());
		}
	}

	record InLanguage(Set<String> languages) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(languages.contains(facts.language()), "language is " + facts.language());
		}
	}

	record WithIntent(Set<String> intents) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(facts.intent() != null && intents.contains(facts.intent()), "intent is " + facts.intent());
		}
	}

	/** A label from analysis (spam, abusive, profanity, pii, ...) scores at least {@code threshold}. */
	record LabelAtLeast(String label, double threshold) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			double score = facts.label(label);
			return when(score >= threshold, String.format(Locale.ROOT, "%s %.2f ≥ %.2f", label, score, threshold));
		}

		@Override
		public void validate() {
			if (threshold < 0 || threshold > 1) {
				throw new IllegalArgumentException("a label threshold lies between 0 and 1, not " + threshold);
			}
		}
	}

	record SentimentBelow(double threshold) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(facts.sentiment() < threshold,
					String.format(Locale.ROOT, "sentiment %.2f < %.2f", facts.sentiment(), threshold));
		}
	}

	/** Any of the keywords occurs as a whole word, ignoring case. */
	record ContainsKeyword(List<String> keywords) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			String text = facts.text().toLowerCase(Locale.ROOT);
			for (String keyword : keywords) {
				if (Patterns.word(keyword).matcher(text).find()) {
					return Optional.of("keyword '" + keyword + "'");
				}
			}
			return Optional.empty();
		}

		@Override
		public void validate() {
			if (keywords.isEmpty() || keywords.stream().anyMatch(String::isBlank)) {
				throw new IllegalArgumentException("a keyword condition needs at least one non-blank keyword");
			}
		}
	}

	record MatchesRegex(String pattern) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			var matcher = Patterns.regex(pattern).matcher(Patterns.bounded(facts.text()));
			return matcher.find() ? Optional.of("matches /" + pattern + "/ at '" + matcher.group() + "'") : Optional.empty();
		}

		@Override
		public void validate() {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException e) {
				throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription(), e);
			}
		}
	}

	/** The author has written fewer than {@code messages} messages before, or was first seen less than {@code within} ago. */
	record NewAuthor(int messages, Duration within) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			var author = facts.author();
			boolean fresh = author.previousMessages() < messages || author.firstSeen() == null
					|| author.firstSeen().isAfter(facts.receivedAt().minus(within));
			return when(fresh, "new author (" + author.previousMessages() + " earlier messages)");
		}
	}

	record AuthorFlaggedAtLeast(int flags) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			return when(facts.author().previousFlags() >= flags,
					"author flagged " + facts.author().previousFlags() + " times before");
		}
	}

	/** The message arrived outside {@code from}–{@code to} local time in the unit's zone. */
	record OutsideHours(LocalTime from, LocalTime to) implements Condition {
		public Optional<String> test(MessageFacts facts) {
			LocalTime local = facts.receivedAt().atZone(facts.zone()).toLocalTime();
			boolean inside = from.isBefore(to) ? !local.isBefore(from) && local.isBefore(to)
					: !local.isBefore(from) || local.isBefore(to);
			return when(!inside, "arrived " + local.withNano(0) + " outside " + from + "–" + to);
		}
	}
}
