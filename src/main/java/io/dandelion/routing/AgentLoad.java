package io.dandelion.routing;

import io.dandelion.organisation.MemberId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An agent as auto-assignment sees them: languages, open work, capacity, presence, last assignment. */
public record AgentLoad(MemberId agent, Set<String> languages, int open, int capacity, Presence presence,
		@Nullable Instant lastAssignedAt) {

	/** Whether the agent can take work now. */
	public enum Presence {
		ONLINE, AWAY, OFFLINE
	}

	public AgentLoad {
		languages = Set.copyOf(languages);
	}

	boolean canTake(String language) {
		return presence == Presence.ONLINE && open < capacity && languages.contains(language);
	}

	double utilisation() {
		return capacity == 0 ? 1 : (double) open / capacity;
	}
}
