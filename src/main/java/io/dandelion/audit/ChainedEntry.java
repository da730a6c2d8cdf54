package io.dandelion.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry as stored in the chain, as the audit pages and API show it. {@code before} and {@code after} are PostgreSQL's own text of the jsonb
 * values, so the hash can be recomputed from what the database gives back, whatever the JSON looked like when
 * it was written.
 */
public record ChainedEntry(long sequence, Instant recordedAt, String actor, String action, @Nullable UUID unit,
		String subjectType, String subjectId, @Nullable String before, @Nullable String after, String previousHash,
		String hash) {

	/** The previous hash of the very first entry. */
	static final String GENESIS = "0".repeat(64);

	/** Whether the stored hash is the one this entry's content gives. */
	public boolean intact() {
		return hash.equals(hashOf(sequence, recordedAt, actor, action, unit, subjectType, subjectId, before, after,
				previousHash));
	}

	/**
	 * SHA-256 over a canonical form: every field, in a fixed order, as its length in UTF-16 code units, a colon and
	 * its text (a null as a single dash), so that no two different entries share a form.
	 */
	static String hashOf(long sequence, Instant recordedAt, String actor, String action, @Nullable UUID unit,
			String subjectType, String subjectId, @Nullable String before, @Nullable String after,
			String previousHash) {
		StringBuilder canonical = new StringBuilder(256);
		for (String field : new String[] { Long.toString(sequence), recordedAt.toString(), actor, action,
				unit == null ? null : unit.toString(), subjectType, subjectId, before, after, previousHash }) {
			if (field == null) {
				canonical.append("-;");
			}
			else {
				canonical.append(field.length()).append(':').append(field).append(';');
			}
		}
		return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime provides SHA-256", e);
		}
	}
}
