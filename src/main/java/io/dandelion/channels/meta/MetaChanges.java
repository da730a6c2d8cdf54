package io.dandelion.channels.meta;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.connector.WebhookRejectedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook delivery: new comments on a Page's posts ({@code object=page}, field {@code feed},
 * item {@code comment}, verb {@code add}) and on Instagram media ({@code object=instagram}, field
 * {@code comments}). Edits, removals, reactions and other fields are not items and are skipped.
 */
final class MetaChanges {

	private MetaChanges() {
	}

	static List<InboundItem> items(byte[] body, String ownId, JsonMapper json) {
		JsonNode delivery;
		try {
			delivery = json.readTree(body);
		}
		catch (JacksonException e) {
			throw new WebhookRejectedException(400, "the delivery is not JSON");
		}
		String object = delivery.path("object").asString("");
		List<InboundItem> items = new ArrayList<>();
		for (JsonNode entry : delivery.path("entry")) {
			if (!ownId.equals(entry.path("id").asString(""))) {
				// an app's webhook delivers for all its Pages and accounts: only this account's entries are ours
				continue;
			}
			Instant time = epoch(entry.path("time").asLong(0));
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				String field = change.path("field").asString("");
				if (object.equals("page") && field.equals("feed") && "comment".equals(value.path("item").asString(""))
						&& "add".equals(value.path("verb").asString(""))) {
					items.add(pageComment(value, ownId, time));
				}
				else if (object.equals("instagram") && field.equals("comments")) {
					items.add(instagramComment(value, ownId, time));
				}
			}
		}
		return items;
	}

	private static InboundItem pageComment(JsonNode value, String pageId, Instant time) {
		String id = required(value, "comment_id");
		String post = required(value, "post_id");
		JsonNode from = value.path("from");
		String author = from.path("id").asString("unknown");
		long created = value.path("created_time").asLong(0);
		return new InboundItem(id, Kind.COMMENT, author.equals(pageId) ? Direction.OUTBOUND : Direction.INBOUND, post,
				value.path("parent_id").asString(post), new Author(author, null, from.path("name").asString(null)),
				value.path("message").asString(""), created > 0 ? epoch(created) : time, List.of(),
				Map.of("surface", "facebook"));
	}

	private static InboundItem instagramComment(JsonNode value, String accountId, Instant time) {
		String id = required(value, "id");
		String media = value.path("media").path("id").asString("");
		JsonNode from = value.path("from");
		String author = from.path("id").asString("unknown");
		return new InboundItem(id, Kind.COMMENT, author.equals(accountId) ? Direction.OUTBOUND : Direction.INBOUND,
				media.isEmpty() ? id : media, value.path("parent_id").asString(media.isEmpty() ? null : media),
				new Author(author, from.path("username").asString(null), null), value.path("text").asString(""), time,
				List.of(), Map.of("surface", "instagram"));
	}

	/** Meta sends seconds in most fields and milliseconds in some; a value past 10^12 is milliseconds. */
	private static Instant epoch(long value) {
		if (value <= 0) {
			return Instant.now();
		}
		return value > 1_000_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
	}

	private static String required(JsonNode value, String field) {
		String text = value.path(field).asString("");
		if (text.isEmpty()) {
			throw new WebhookRejectedException(400, "a comment change without " + field);
		}
		return text;
	}
}
