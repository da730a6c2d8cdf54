package io.dandelion.moderation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a rule does when all its conditions hold. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Action.Hide.class, name = "hide"),
		@JsonSubTypes.Type(value = Action.Delete.class, name = "delete"),
		@JsonSubTypes.Type(value = Action.FlagForReview.class, name = "review"),
		@JsonSubTypes.Type(value = Action.RouteTo.class, name = "route"),
		@JsonSubTypes.Type(value = Action.SetPriority.class, name = "priority"),
		@JsonSubTypes.Type(value = Action.Tag.class, name = "tag"),
		@JsonSubTypes.Type(value = Action.AutoReply.class, name = "autoReply") })
public sealed interface Action {

	/** A short name for reports and simulation counts. */
	String kind();

	default void validate() {
	}

	/** Hide the message on the platform (reversible). */
	record Hide() implements Action {
		public String kind() {
			return "hide";
		}
	}

	/** Delete the message on the platform; with {@code secondPerson}, only after another person confirms. */
	record Delete(boolean secondPerson) implements Action {
		public String kind() {
			return "delete";
		}
	}

	/** Put the message into a human review queue. */
	record FlagForReview(String queue) implements Action {
		public String kind() {
			return "review";
		}

		@Override
		public void validate() {
			requireName(queue, "review queue");
		}
	}

	/** Send the conversation to a work queue (routing takes it from there). */
	record RouteTo(String queue) implements Action {
		public String kind() {
			return "route";
		}

		@Override
		public void validate() {
			requireName(queue, "route queue");
		}
	}

	/** Priority 1 (urgent) to 4 (low). */
	record SetPriority(int priority) implements Action {
		public String kind() {
			return "priority";
		}

		@Override
		public void validate() {
			if (priority < 1 || priority > 4) {
				throw new IllegalArgumentException("priority goes from 1 (urgent) to 4 (low), not " + priority);
			}
		}
	}

	record Tag(String tag) implements Action {
		public String kind() {
			return "tag";
		}

		@Override
		public void validate() {
			requireName(tag, "tag");
		}
	}

	/** Answer with a saved reply, in the customer's language when the saved reply has that variant. */
	record AutoReply(String savedReply) implements Action {
		public String kind() {
			return "autoReply";
		}

		@Override
		public void validate() {
			requireName(savedReply, "saved reply");
		}
	}

	private static void requireName(String value, String what) {
		if (value == null || value.isBlank() || value.length() > 100) {
			throw new IllegalArgumentException("a " + what + " needs a name of 1 to 100 characters");
		}
	}
}
