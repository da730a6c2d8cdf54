package io.dandelion.analytics.alerts;

import io.dandelion.organisation.UnitId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A threshold on one unit's subtree: at least {@code threshold} customers' messages ({@code VOLUME}), negative
 * ones ({@code NEGATIVE}) or ones containing {@code keyword} ({@code KEYWORD}, any case) within the last
 * {@code windowMinutes}; {@code email} is told as well as the app.
 */
public record AlertRule(UUID id, UnitId unit, Kind kind, @Nullable String keyword, int threshold, int windowMinutes,
		@Nullable String email) {

	/** What a rule counts. */
	public enum Kind {
		VOLUME, NEGATIVE, KEYWORD
	}

	public AlertRule {
		if (threshold < 1) {
			throw new Invalid("threshold", "the threshold must be at least 1, not " + threshold, threshold);
		}
		if (windowMinutes < 5 || windowMinutes > 1440) {
			throw new Invalid("window", "the window is 5 to 1440 minutes, not " + windowMinutes, windowMinutes);
		}
		keyword = keyword == null || keyword.isBlank() ? null : keyword.trim();
		if ((kind == Kind.KEYWORD) != (keyword != null)) {
			throw new Invalid(kind == Kind.KEYWORD ? "keyword-missing" : "keyword-extra",
					"a keyword rule needs a keyword, and only a keyword rule has one");
		}
		if (keyword != null && keyword.length() > 100) {
			throw new Invalid("keyword-long", "a keyword has at most 100 characters");
		}
		email = email == null || email.isBlank() ? null : email.trim();
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new Invalid("email", "not an e-mail address: " + email, email);
		}
	}

	/**
	 * A rule that cannot be: the message says why in English (the API's 400); {@code reason} and {@code args}
	 * let a page say it in its own language.
	 */
	public static final class Invalid extends IllegalArgumentException {

		private final String reason;

		private final transient Object[] args;

		Invalid(String reason, String message, Object... args) {
			super(message);
			this.reason = reason;
			this.args = args.clone();
		}

		public String reason() {
			return reason;
		}

		public Object[] args() {
			return args.clone();
		}
	}

	/** Whether {@code text} contains the keyword, whatever the case. */
	boolean matches(String text) {
		return keyword != null && text.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT));
	}
}
