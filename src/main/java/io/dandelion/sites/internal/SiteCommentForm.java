package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a visitor sent with the comment form, checked before anything is stored: a name and a text within
 * their limits. Each problem is a message key of the {@code i18n/sites} bundle with its argument.
 */
record SiteCommentForm(String name, String body) {

	static final int MAX_NAME = 80;
	static final int MAX_BODY = 2000;

	SiteCommentForm {
		// PostgreSQL text cannot hold NUL: it is kept visible as the replacement character, like ingest does
		name = name == null ? "" : name.replace('\0', '\uFFFD').strip();
		body = body == null ? "" : body.replace('\0', '\uFFFD').strip().replace("\r\n", "\n");
	}

	/** A problem to show above the form: the key of its sentence and the number it names. */
	record Problem(String key, int limit, int actual) {
	}

	List<Problem> problems() {
		var problems = new ArrayList<Problem>();
		if (name.isEmpty()) {
			problems.add(new Problem("comments.error.name-missing", MAX_NAME, 0));
		}
		else if (name.codePointCount(0, name.length()) > MAX_NAME) {
			problems.add(new Problem("comments.error.name-too-long", MAX_NAME, name.codePointCount(0, name.length())));
		}
		if (body.isEmpty()) {
			problems.add(new Problem("comments.error.body-missing", MAX_BODY, 0));
		}
		else if (body.codePointCount(0, body.length()) > MAX_BODY) {
			problems.add(new Problem("comments.error.body-too-long", MAX_BODY, body.codePointCount(0, body.length())));
		}
		return problems;
	}
}
