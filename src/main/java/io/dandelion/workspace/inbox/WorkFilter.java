package io.dandelion.workspace.inbox;

import io.dandelion.moderation.MessageOutcomes;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.routing.SlaTimer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The inbox's filters on work rather than on the conversation itself: a tag, who holds it ({@code me} or
 * a member's id), the state of its most pressing SLA timer (running, warning, breached), and what analysis
 * found in its latest message: the intent and the sentiment's band. Null: any.
 */
public record WorkFilter(@Nullable String tag, @Nullable String assignee, SlaTimer.@Nullable State sla,
		@Nullable String intent, MessageOutcomes.@Nullable Mood sentiment) {

	/** The intents analysis tells apart. */
	public static final List<String> INTENTS = List.of("complaint", "question", "praise", "chatter");

	public static WorkFilter none() {
		return new WorkFilter(null, null, null, null, null);
	}

	/** Without the analysis filters. */
	public static WorkFilter parse(@Nullable String tag, @Nullable String assignee, @Nullable String sla) {
		return parse(tag, assignee, sla, null, null);
	}

	/** From request parameters, blank meaning any; a malformed value is refused with a sentence. */
	public static WorkFilter parse(@Nullable String tag, @Nullable String assignee, @Nullable String sla,
			@Nullable String intent, @Nullable String sentiment) {
		String cleanTag = blank(tag) ? null : tag.trim().toLowerCase(Locale.ROOT);
		if (cleanTag != null && !cleanTag.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("a tag is 1 to 40 letters, digits or dashes, not " + tag);
		}
		String who = blank(assignee) ? null : assignee.trim().toLowerCase(Locale.ROOT);
		if (who != null && !who.equals("me")) {
			MemberId.of(who);
		}
		SlaTimer.State state = null;
		if (!blank(sla)) {
			try {
				state = SlaTimer.State.valueOf(sla.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("the SLA filter is running, warning or breached, not " + sla, e);
			}
			if (state == SlaTimer.State.MET || state == SlaTimer.State.MISSED) {
				throw new IllegalArgumentException("the SLA filter is running, warning or breached, not " + sla);
			}
		}
		String cleanIntent = blank(intent) ? null : intent.trim().toLowerCase(Locale.ROOT);
		if (cleanIntent != null && !INTENTS.contains(cleanIntent)) {
			throw new IllegalArgumentException("the intent filter is one of " + String.join(", ", INTENTS) + ", not " + intent);
		}
		MessageOutcomes.Mood mood = null;
		if (!blank(sentiment)) {
			try {
				mood = MessageOutcomes.Mood.valueOf(sentiment.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("the sentiment filter is negative, neutral or positive, not " + sentiment, e);
			}
		}
		return new WorkFilter(cleanTag, who, state, cleanIntent, mood);
	}

	public boolean isEmpty() {
		return tag == null && assignee == null && sla == null && intent == null && sentiment == null;
	}

	/** Whether the filter asks what analysis found (intent, sentiment). */
	boolean asksAnalysis() {
		return intent != null || sentiment != null;
	}

	/** Whether the filter asks routing (holder or SLA). */
	boolean asksRouting() {
		return assignee != null || sla != null;
	}

	/** The member the assignee filter names for {@code scope}; empty for any (or for {@code me} without a member). */
	Optional<MemberId> holder(AccessScope scope) {
		if (assignee == null) {
			return Optional.empty();
		}
		return assignee.equals("me") ? scope.member() : Optional.of(MemberId.of(assignee));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
