package io.dandelion.channels.connector;

/** Who an account is on its platform: its id there and the handle people know it by. */
public record AccountIdentity(String externalId, String handle) {

	public AccountIdentity {
		if (externalId.isBlank() || handle.isBlank()) {
			throw new IllegalArgumentException("an account needs an id and a handle");
		}
	}
}
