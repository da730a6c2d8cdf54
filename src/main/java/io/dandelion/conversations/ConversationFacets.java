package io.dandelion.conversations;

import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.UnitId;
import java.util.Map;

/**
 * How many of a caller's conversations fall into each status, language, channel and unit, for the
 * counts and filter choices of an inbox. Undetermined languages count under {@link #UNDETERMINED}.
 */
public record ConversationFacets(int total, Map<ConversationStatus, Integer> byStatus, Map<String, Integer> byLanguage,
		Map<ChannelId, Integer> byChannel, Map<UnitId, Integer> byUnit) {

	/** The key under which conversations whose language is not determined yet are counted. */
	public static final String UNDETERMINED = "";

	public ConversationFacets {
		byStatus = Map.copyOf(byStatus);
		byLanguage = Map.copyOf(byLanguage);
		byChannel = Map.copyOf(byChannel);
		byUnit = Map.copyOf(byUnit);
	}

	/** Conversations in {@code status}, 0 when none. */
	public int count(ConversationStatus status) {
		return byStatus.getOrDefault(status, 0);
	}
}
