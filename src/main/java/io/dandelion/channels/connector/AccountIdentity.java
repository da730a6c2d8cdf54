package io.dandelion.channels.connector;

import java.util.Map;

/**
 * Who an account is on its platform: its id there and the handle people know it by, and, where the
 * platform hands an account its own token (a Facebook Page's, obtained with the user's), the credentials
 * to store instead of the user's tokens. {@link #toString()} names the credentials only.
 */
public record AccountIdentity(String externalId, String handle, Map<String, String> credentials) {

	public AccountIdentity {
		if (externalId.isBlank() || handle.isBlank()) {
			throw new IllegalArgumentException("an account needs an id and a handle");
		}
		credentials = Map.copyOf(credentials);
	}

	/** An account reached with the tokens of the sign-in itself. */
	public AccountIdentity(String externalId, String handle) {
		this(externalId, handle, Map.of());
	}

	@Override
	public String toString() {
		return "AccountIdentity[" + externalId + " " + handle + ", credentials " + credentials.keySet() + "]";
	}
}
