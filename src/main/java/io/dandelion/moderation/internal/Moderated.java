package io.dandelion.moderation.internal;

import io.dandelion.analysis.Analysis;
import io.dandelion.conversations.ReceivedMessage;
import io.dandelion.moderation.Action;
import io.dandelion.moderation.Decision;
import java.util.ArrayList;
import java.util.List;

/** One message of a batch with what analysis found and what the policy decided. */
record Moderated(ReceivedMessage message, Analysis analysis, Decision decision) {

	/** The analysis's reasons, then the reasons behind each label it raised (the matched term or rule). */
	List<String> analysisReasons() {
		List<String> all = new ArrayList<>(analysis.reasons());
		flagReasons("spam", analysis.spam(), all);
		flagReasons("abuse", analysis.abusive(), all);
		flagReasons("profanity", analysis.profanity(), all);
		return all;
	}

	private static void flagReasons(String label, Analysis.Flag flag, List<String> into) {
		flag.reasons().forEach(reason -> into.add(label + " " + flag.score() + ": " + reason));
	}

	List<Action> actions() {
		return decision.actions();
	}

	/** Whether a person will have to look at it, or the platform was asked to remove it. */
	boolean flagged() {
		return actions().stream()
			.anyMatch(a -> a instanceof Action.FlagForReview || a instanceof Action.Hide || a instanceof Action.Delete);
	}

	boolean hidden() {
		return actions().stream()
			.anyMatch(a -> a instanceof Action.Hide || a instanceof Action.Delete delete && delete.secondPerson());
	}

	boolean deleted() {
		return actions().stream().anyMatch(a -> a instanceof Action.Delete delete && !delete.secondPerson());
	}
}
