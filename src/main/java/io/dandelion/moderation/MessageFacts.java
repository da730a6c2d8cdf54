package io.dandelion.moderation;

import io.dandelion.organisation.UnitId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a rule may look at about one message: where it arrived (unit path from the root down to
 * the channel's unit, channel, platform), what analysis found (language, intent, sentiment, label
 * scores between 0 and 1), its text, facts about its author, and when it arrived in the unit's zone.
 */
public record MessageFacts(UUID messageId, List<UnitId> unitPath, UUID channel, String platform, String language,
		double languageConfidence, @Nullable String intent, double sentiment, Map<String, Double> labels, String text,
		AuthorFacts author, Instant receivedAt, ZoneId zone) {

	public MessageFacts {
		unitPath = List.copyOf(unitPath);
		labels = Map.copyOf(labels);
	}

	/** The unit the message arrived in: the last element of the path. */
	public UnitId unit() {
		return unitPath.get(unitPath.size() - 1);
	}

	public double label(String name) {
		return labels.getOrDefault(name, 0.0);
	}

	/** What we know of the author from past traffic. */
	public record AuthorFacts(int previousMessages, int previousFlags, @Nullable Instant firstSeen) {

		public static AuthorFacts unknown() {
			return new AuthorFacts(0, 0, null);
		}
	}
}
