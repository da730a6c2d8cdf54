package io.dandelion.workspace.inbox;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.MemberId;
import io.dandelion.routing.SlaTimer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The inbox's filters on work rather than on the conversation itself: a tag, who holds it ({@code me} or
 * a member's id) and the state of its most pressing SLA timer (running, warning, breached). Null: any.
 */
public record WorkFilter(@Nullable String tag, @Nullable String assignee, SlaTimer.@Nullable State sla) {

	public static WorkFilter none() {
		return new WorkFilter(null, null, null);
	}

	/** From request parameters, blank meaning any; a malformed value is refused with a sentence. */
	public static WorkFilter parse(@Nullable String tag, @Nullable String assignee, @Nullable String sla) {
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
		return new WorkFilter(cleanTag, who, state);
	}

	public boolean isEmpty() {
		return tag == null && assignee == null && sla == null;
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
