package io.dandelion.sites.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The comment frame as its template needs it: every field is plain text, escaped by the template
 * (comments and answers are visitors' and agents' words, never HTML); {@code texts} are the labels in
 * the page's language.
 */
public record CommentFrame(String siteName, String root, String page, String locale, String token,
		List<SiteComment> comments, String name, String body, List<String> errors, @Nullable String notice,
		Map<String, String> texts) {

	static final List<String> KEYS = List.of("title", "none", "answer", "name", "body", "send", "trap", "limits");

	public CommentFrame {
		comments = List.copyOf(comments);
		errors = List.copyOf(errors);
		texts = Map.copyOf(texts);
	}

	public String text(String key) {
		return texts.getOrDefault(key, key);
	}
}
