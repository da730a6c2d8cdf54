package io.dandelion.channels.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys credentials are encrypted with, each under an id. The last one listed is the newest:
 * new secrets are sealed with it, and older keys stay only to open what they sealed until rotation
 * re-encrypts it. Written as {@code id:base64key} entries separated by commas or new lines; keys are
 * 16, 24 or 32 bytes. {@link #toString()} never shows a key.
 */
public final class CredentialKeys {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

	private final Map<String, SecretKey> keys;

	private final String newest;

	private CredentialKeys(Map<String, SecretKey> keys, String newest) {
		this.keys = Map.copyOf(keys);
		this.newest = newest;
	}

	/** Parses {@code id:base64key} entries; the last one is the newest. */
	public static CredentialKeys parse(String text) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		String newest = null;
		for (String entry : text.split("[,\\s]+")) {
			if (entry.isBlank()) {
				continue;
			}
			int colon = entry.indexOf(':');
			String id = colon < 0 ? "" : entry.substring(0, colon);
			if (!ID.matcher(id).matches()) {
				throw new IllegalArgumentException(
						"each channel credential key is written id:base64key, with an id of letters, digits, '.', '_' or '-'");
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(entry.substring(colon + 1));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("channel credential key '" + id + "' is not valid base64");
			}
			if (key.length != 16 && key.length != 24 && key.length != 32) {
				throw new IllegalArgumentException(
						"channel credential key '" + id + "' must be 16, 24 or 32 bytes, not " + key.length);
			}
			if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
				throw new IllegalArgumentException("channel credential key id '" + id + "' is listed twice");
			}
			newest = id;
		}
		if (newest == null) {
			throw new IllegalArgumentException("no channel credential key is configured");
		}
		return new CredentialKeys(keys, newest);
	}

	/**
	 * The development keys kept in {@code file}, created with one fresh random key when the file does not
	 * exist yet (for the run command, when no key is configured). Safe against several starts at once.
	 */
	public static CredentialKeys developmentKeys(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), ".channel-keys", ".tmp");
				restrictToOwner(draft);
				Files.writeString(draft, "dev-1:" + Base64.getEncoder().encodeToString(key) + "\n");
				try {
					Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
					// another start wrote it first (or the file system cannot move atomically): keep theirs
					Files.deleteIfExists(draft);
					if (!Files.exists(file)) {
						throw e;
					}
				}
			}
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read or create the development key file " + file, e);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's own permissions protect it
		}
	}

	/** The id of the key new secrets are sealed with. */
	public String newestId() {
		return newest;
	}

	SecretKey newest() {
		return keys.get(newest);
	}

	Optional<SecretKey> find(String id) {
		return Optional.ofNullable(keys.get(id));
	}

	public List<String> ids() {
		return List.copyOf(keys.keySet());
	}

	@Override
	public String toString() {
		return "CredentialKeys" + keys.keySet() + " newest=" + newest;
	}
}
