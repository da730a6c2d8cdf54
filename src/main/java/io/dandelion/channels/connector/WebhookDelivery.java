package io.dandelion.channels.connector;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A webhook request as it arrived: the raw body (signatures are over it), its headers and query. */
public record WebhookDelivery(byte[] body, Map<String, String> headers, Map<String, String> query) {

	public WebhookDelivery {
		TreeMap<String, String> lower = new TreeMap<>();
		headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
		headers = Map.copyOf(lower);
		query = Map.copyOf(query);
	}

	/** A header by name, case-insensitively. */
	public @Nullable String header(String name) {
		return headers.get(name.toLowerCase(Locale.ROOT));
	}
}
