package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelId;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a connector needs to reach an account: its handle and platform id, its decrypted credentials
 * (never logged: {@link #toString()} names them only) and where to store credentials the platform
 * renewed (rotated refresh tokens), encrypted.
 */
@NamedInterface("connector")
public record ConnectedAccount(ChannelId channel, String platform, String handle, @Nullable String externalId,
		Map<String, String> credentials, Consumer<Map<String, String>> renewed) {

	public ConnectedAccount {
		credentials = Map.copyOf(credentials);
	}

	/** A credential the connector cannot work without. */
	public String required(String name) {
		String value = credentials.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("channel " + channel + " (" + platform + ") has no credential '" + name
					+ "'; set it with PUT /api/v1/channels/" + channel);
		}
		return value;
	}

	public @Nullable String optional(String name) {
		return credentials.get(name);
	}

	public String optional(String name, String otherwise) {
		String value = credentials.get(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	/** The account's id on the platform, which some connectors need. */
	public String requiredExternalId() {
		if (externalId == null) {
			throw new IllegalStateException("channel " + channel + " (" + platform
					+ ") needs its external id (the account's id on the platform)");
		}
		return externalId;
	}

	@Override
	public String toString() {
		return "ConnectedAccount[" + platform + " " + handle + ", credentials " + credentials.keySet() + "]";
	}
}
