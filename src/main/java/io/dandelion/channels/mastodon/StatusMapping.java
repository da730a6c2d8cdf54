package io.dandelion.channels.mastodon;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.InboundItem.Attachment;
import io.dandelion.channels.InboundItem.Author;
import io.dandelion.channels.InboundItem.Direction;
import io.dandelion.channels.InboundItem.Kind;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/** Turns a Mastodon status into an {@link InboundItem}; its HTML content becomes plain text. */
final class StatusMapping {

	private StatusMapping() {
	}

	static InboundItem item(JsonNode status, String ownAccountId, String rootId) {
		String id = status.path("id").asString("");
		if (id.isBlank()) {
			throw new PlatformException(Reason.MALFORMED, 200, "Mastodon sent a status without id", null);
		}
		JsonNode account = status.path("account");
		String parent = status.path("in_reply_to_id").isString() && !status.path("in_reply_to_id").stringValue().isBlank()
				? status.path("in_reply_to_id").stringValue() : null;
		boolean replyToUs = ownAccountId.equals(status.path("in_reply_to_account_id").asString(""));
		Map<String, String> metadata = new HashMap<>();
		if (status.path("visibility").isString()) {
			metadata.put("visibility", status.path("visibility").stringValue());
		}
		if (status.path("url").isString()) {
			metadata.put("url", status.path("url").stringValue());
		}
		Kind kind = "direct".equals(metadata.get("visibility")) ? Kind.DIRECT_MESSAGE
				: replyToUs ? Kind.COMMENT : Kind.MENTION;
		String authorId = account.path("id").asString("");
		if (authorId.isBlank()) {
			authorId = "unknown"; // one status without its account must not refuse the whole batch
		}
		return new InboundItem(id, kind, ownAccountId.equals(authorId) ? Direction.OUTBOUND : Direction.INBOUND, rootId,
				parent, new Author(authorId, account.path("acct").asString(null), account.path("display_name").asString(null)),
				text(status.path("content").asString("")), createdAt(status), attachments(status), metadata);
	}

	/** Mastodon sends HTML paragraphs and line breaks; the conversation wants their text. */
	static String text(String html) {
		String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p>", "\n\n").replaceAll("<[^>]*>", "");
		return HtmlUtils.htmlUnescape(text).strip();
	}

	private static List<Attachment> attachments(JsonNode status) {
		List<Attachment> attachments = new ArrayList<>();
		for (JsonNode media : status.path("media_attachments")) {
			attachments.add(new Attachment(media.path("type").asString("unknown"), media.path("url").asString(null),
					media.path("description").asString(null), 0));
		}
		return attachments;
	}

	private static Instant createdAt(JsonNode status) {
		String value = status.path("created_at").asString("");
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new PlatformException(Reason.MALFORMED, 200, "Mastodon sent an unreadable created_at: " + value, null);
		}
	}
}
