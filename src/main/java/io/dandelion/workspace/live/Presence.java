package io.dandelion.workspace.live;

import io.dandelion.conversations.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is replying to which conversation, as heard on the live bus (so every node knows of typing on any
 * node). A person counts as replying for {@link #FRESH} after their last sign of typing; nothing is stored.
 */
@Component
public class Presence {

	static final Duration FRESH = Duration.ofSeconds(20);

	private final Map<ConversationId, Map<String, Instant>> typing = new ConcurrentHashMap<>();
	private final Clock clock;

	Presence() {
		this(Clock.systemUTC());
	}

	Presence(Clock clock) {
		this.clock = clock;
	}

	void record(LiveChange change) {
		if (change.kind() == LiveChange.Kind.PRESENCE && change.detail() != null) {
			typing.computeIfAbsent(change.conversation(), c -> new ConcurrentHashMap<>()).put(change.detail(), clock.instant());
		}
	}

	/** Who has been typing in the conversation lately, {@code except} the asker, by name. */
	public List<String> replying(ConversationId conversation, String except) {
		Instant since = clock.instant().minus(FRESH);
		Map<String, Instant> people = typing.get(conversation);
		if (people == null) {
			return List.of();
		}
		people.values().removeIf(at -> at.isBefore(since));
		if (people.isEmpty()) {
			typing.remove(conversation, people);
		}
		return people.keySet().stream().filter(name -> !name.equals(except)).sorted().toList();
	}
}
