package io.dandelion.sites.internal;

import io.dandelion.sites.SiteId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment a visitor posted on a site page, and the public answers to it. It is shown on the page only
 * once moderation approved it; its text is the visitor's and is always escaped.
 */
public record SiteComment(UUID id, SiteId site, String page, String locale, String authorName, String body,
		Status status, Instant createdAt, List<Answer> answers) {

	public SiteComment {
		answers = List.copyOf(answers);
	}

	/** Where moderation has put it: only APPROVED comments appear on the page. */
	public enum Status {
		PENDING, APPROVED, HIDDEN, DELETED
	}

	/** A public answer sent from Dandelion (by an agent, or a policy's automatic reply). */
	public record Answer(UUID id, String body, Instant at) {
	}

	/** The conversation thread a page's comments belong to: one per page and locale. */
	static String thread(String page, String locale) {
		return locale + "/" + page;
	}
}
