package io.dandelion.channels.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Message-IDs as they appear in {@code Message-ID}, {@code In-Reply-To} and {@code References}
 * (RFC 5322 3.6.4): {@code <left@right>} tokens, separated by folding white space and sometimes
 * comments. They are kept with their angle brackets, so that the stored id is the header's value; one
 * too long for the conversation store becomes a digest, the same wherever it appears.
 */
final class MessageIds {

	static final int MAX_LENGTH = 512;

	private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

	private MessageIds() {
	}

	/** Every id of a header value, in order. */
	static List<String> all(@Nullable String header) {
		List<String> ids = new ArrayList<>();
		if (header != null) {
			Matcher matcher = ID.matcher(header);
			while (matcher.find()) {
				ids.add(storable(matcher.group()));
			}
		}
		return ids;
	}

	/** The first id of a header value, if any. */
	static @Nullable String first(@Nullable String header) {
		List<String> ids = all(header);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private static String storable(String id) {
		// control characters (NUL above all) cannot be stored; such an id is replaced like an over-long one
		if (id.length() <= MAX_LENGTH && id.chars().noneMatch(c -> c < 0x20)) {
			return id;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return "<sha256." + HexFormat.of().formatHex(digest) + "@message-id.invalid>";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
