package io.dandelion.bench;

import io.dandelion.channels.InboundItem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A source pushing items into a channel as any outside system would: NDJSON bodies signed with the
 * channel's webhook secret, sent to {@code POST /api/v1/channels/{id}/items} over HTTP.
 */
final class RestIngest {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final JsonMapper json = JsonMapper.builder().build();
	private final URI endpoint;
	private final SecretKeySpec key;

	RestIngest(URI endpoint, String secret) {
		this.endpoint = endpoint;
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** Delivers one batch and returns how many items the server stored as new. */
	long deliver(List<InboundItem> items) throws Exception {
		byte[] body = ndjson(items);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/x-ndjson")
			.header("X-Dandelion-Signature", "sha256=" + HexFormat.of().formatHex(sign(body)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("the server answered " + response.statusCode() + ": " + response.body());
		}
		JsonNode answer = json.readTree(response.body());
		return answer.path("stored").asLong();
	}

	private byte[] ndjson(List<InboundItem> items) {
		StringBuilder lines = new StringBuilder(items.size() * 300);
		for (InboundItem item : items) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("id", item.externalId());
			line.put("kind", item.kind().name());
			line.put("thread", item.threadExternalId());
			line.put("parent", item.parentExternalId());
			Map<String, Object> author = new LinkedHashMap<>();
			author.put("id", item.author().externalId());
			author.put("handle", item.author().handle());
			author.put("name", item.author().displayName());
			author.values().removeIf(java.util.Objects::isNull);
			line.put("author", author);
			line.put("text", item.text());
			line.put("createdAt", item.createdAt().toString());
			line.put("metadata", item.metadata());
			line.values().removeIf(java.util.Objects::isNull);
			lines.append(json.writeValueAsString(line)).append('\n');
		}
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}

	private byte[] sign(byte[] body) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(key);
		return mac.doFinal(body);
	}
}
