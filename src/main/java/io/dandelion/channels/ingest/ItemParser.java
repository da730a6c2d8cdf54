package io.dandelion.channels.ingest;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Attachment;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a delivery of items: a JSON array of item objects, or NDJSON (one object per line). Each item
 * is checked on its own, so that one malformed item is reported with its position and reason while
 * the others go through. The format is described in {@code docs/ingest.md}.
 */
final class ItemParser {

	static final int MAX_ID = 512;

	static final int MAX_TEXT = 100_000;

	private final JsonMapper json;

	ItemParser(JsonMapper json) {
		this.json = json;
	}

	/** The items read, and the problems of those that could not be read (position 1-based). */
	record Parsed(List<InboundItem> items, List<Problem> problems) {
	}

	/** Item (array) or line (NDJSON) {@code position} could not be read, and why. */
	record Problem(int position, String error, String raw) {
	}

	Parsed parse(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		String trimmed = text.stripLeading();
		List<InboundItem> items = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		if (trimmed.startsWith("[")) {
			JsonNode array;
			try {
				array = json.readTree(text);
			}
			catch (JacksonException e) {
				problems.add(new Problem(0, "the body is not a JSON array: " + e.getOriginalMessage(), text));
				return new Parsed(items, problems);
			}
			for (int i = 0; i < array.size(); i++) {
				read(array.get(i), i + 1, array.get(i).toString(), items, problems);
			}
			return new Parsed(items, problems);
		}
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				read(json.readTree(lines[i]), i + 1, lines[i], items, problems);
			}
			catch (JacksonException e) {
				problems.add(new Problem(i + 1, "not JSON: " + e.getOriginalMessage(), lines[i]));
			}
		}
		return new Parsed(items, problems);
	}

	private static void read(JsonNode node, int position, String raw, List<InboundItem> items, List<Problem> problems) {
		try {
			items.add(item(node));
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(position, e.getMessage(), raw));
		}
	}

	static InboundItem item(JsonNode node) {
		if (!node.isObject()) {
			throw new IllegalArgumentException("an item is a JSON object");
		}
		JsonNode author = node.path("author");
		if (!author.isObject()) {
			throw new IllegalArgumentException("'author' is required: an object with at least 'id'");
		}
		String text = string(node, "text", true, MAX_TEXT);
		return new InboundItem(id(node, "id", true), choice(node, "kind", Kind.class, Kind.COMMENT),
				choice(node, "direction", Direction.class, Direction.INBOUND), id(node, "thread", false),
				id(node, "parent", false),
				new Author(required(id(author, "id", true), "author.id"), string(author, "handle", false, 200),
						string(author, "name", false, 200)),
				required(text, "text"), instant(node), attachments(node.path("attachments")),
				metadata(node.path("metadata")));
	}

	private static @Nullable String id(JsonNode node, String field, boolean required) {
		String value = string(node, field, required, MAX_ID);
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is blank");
		}
		return value;
	}

	private static @Nullable String string(JsonNode node, String field, boolean required, int max) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			if (required) {
				throw new IllegalArgumentException("'" + field + "' is required");
			}
			return null;
		}
		if (!value.isString()) {
			throw new IllegalArgumentException("'" + field + "' must be a string");
		}
		String text = value.asString();
		if (text.length() > max) {
			throw new IllegalArgumentException("'" + field + "' is longer than " + max + " characters");
		}
		if (text.indexOf('\0') >= 0 && max == MAX_ID) {
			throw new IllegalArgumentException("'" + field + "' holds a NUL character");
		}
		return text;
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

	private static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type, E otherwise) {
		String value = string(node, field, false, 40);
		if (value == null) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"'" + field + "' must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
		}
	}

	private static Instant instant(JsonNode node) {
		String value = required(string(node, "createdAt", true, 40), "createdAt");
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'createdAt' must be an ISO-8601 instant like 2026-12-03T10:15:30Z, not '"
					+ value + "'");
		}
	}

	private static List<Attachment> attachments(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new IllegalArgumentException("'attachments' must be an array");
		}
		List<Attachment> attachments = new ArrayList<>();
		for (JsonNode a : node) {
			if (!a.isObject()) {
				throw new IllegalArgumentException("each attachment is an object with at least 'type'");
			}
			attachments.add(new Attachment(required(string(a, "type", true, 100), "attachments.type"),
					string(a, "url", false, 2000), string(a, "name", false, 500), a.path("size").asLong(0)));
		}
		return attachments;
	}

	private static Map<String, String> metadata(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			throw new IllegalArgumentException("'metadata' must be an object");
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		for (var entry : node.properties()) {
			metadata.put(entry.getKey(), entry.getValue().isString() ? entry.getValue().asString() : entry.getValue().toString());
		}
		return metadata;
	}
}
