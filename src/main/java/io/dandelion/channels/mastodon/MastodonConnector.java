package io.dandelion.channels.mastodon;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.PlatformAccount;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One Mastodon account. Polls page forward from the cursor (the newest notification id seen) with
 * {@code min_id}, so no mention between two polls is skipped however many arrive.
 */
public class MastodonConnector implements PlatformAccount {

	private static final int PAGE_SIZE = 40;

	private static final int MAX_PAGES = 10;

	private final PlatformClient api;

	private final String accountId;

	public MastodonConnector(PlatformClient api, String accountId) {
		this.api = api;
		this.accountId = accountId;
	}

	/** The account whose token the client carries ({@code verify_credentials}), named {@code @acct}. */
	public static AccountIdentity identity(PlatformClient api) {
		JsonNode account = api.get("/api/v1/accounts/verify_credentials", Map.of());
		String id = account.path("id").asString("");
		String acct = account.path("acct").asString("");
		if (id.isEmpty() || acct.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200, "Mastodon named the signed-in account without id or acct",
					null);
		}
		return new AccountIdentity(id, "@" + acct);
	}

	/** Mentions (including replies to the account) since the cursor; the latest page when it is null. */
	@Override
	public Poll poll(@Nullable String cursor) {
		List<InboundItem> items = new ArrayList<>();
		String newest = cursor;
		for (int i = 0; i < MAX_PAGES; i++) {
			Map<String, Object> query = new HashMap<>(Map.of("limit", PAGE_SIZE));
			if (newest != null) {
				query.put("min_id", newest);
			}
			JsonNode page = api.get("/api/v1/notifications", query);
			if (!page.isArray()) {
				throw new PlatformException(Reason.MALFORMED, 200, "Mastodon answered the notifications with something"
						+ " else than a list", null);
			}
			if (page.isEmpty()) {
				break;
			}
			for (JsonNode notification : page) {
				String id = notification.path("id").asString("");
				newest = newest == null || newer(id, newest) ? id : newest;
				if ("mention".equals(notification.path("type").asString("")) && notification.has("status")) {
					JsonNode status = notification.path("status");
					items.add(StatusMapping.item(status, accountId, root(status)));
				}
			}
			if (cursor == null || page.size() < PAGE_SIZE) {
				break;
			}
		}
		// Pages list the newest first; the sink wants them in the order they were written.
		items.sort(Comparator.comparing(InboundItem::createdAt));
		return new Poll(items, newest);
	}

	/** Replies to a status, addressed to its author and as visible as it was; returns the reply's id. */
	@Override
	public String reply(String statusId, String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("a Mastodon reply needs some text");
		}
		JsonNode parent;
		try {
			parent = api.get("/api/v1/statuses/" + id(statusId), Map.of());
		}
		catch (PlatformException e) {
			if (e.reason() == Reason.NOT_FOUND) {
				throw new ParentGoneException("Mastodon", statusId);
			}
			throw e;
		}
		String acct = parent.path("account").path("acct").asString("");
		String status = acct.isEmpty() || text.contains("@" + acct) ? text : "@" + acct + " " + text;
		Map<String, Object> body = new HashMap<>(Map.of("status", status, "in_reply_to_id", statusId));
		if (parent.path("visibility").isString()) {
			body.put("visibility", parent.path("visibility").stringValue());
		}
		String id = api.send("POST", "/api/v1/statuses", Map.of(), body).path("id").asString("");
		if (id.isEmpty()) {
			throw new PlatformException(Reason.MALFORMED, 200, "Mastodon posted a reply without saying its id", null);
		}
		return id;
	}

	/** Deletes one of the account's own statuses; one already gone is fine. */
	@Override
	public void delete(String statusId) {
		try {
			api.send("DELETE", "/api/v1/statuses/" + id(statusId), Map.of(), null);
		}
		catch (PlatformException e) {
			if (e.reason() != Reason.NOT_FOUND) {
				throw e;
			}
		}
	}

	/** The id of the thread's first status, read from the status's context when it is a reply. */
	private String root(JsonNode status) {
		String id = status.path("id").asString("");
		if (!status.path("in_reply_to_id").isString()) {
			return id;
		}
		try {
			JsonNode ancestors = api.get("/api/v1/statuses/" + id(id) + "/context", Map.of()).path("ancestors");
			return ancestors.isEmpty() ? status.path("in_reply_to_id").stringValue()
					: ancestors.get(0).path("id").asString(id);
		}
		catch (PlatformException e) {
			if (e.reason() != Reason.NOT_FOUND) {
				throw e;
			}
			return status.path("in_reply_to_id").stringValue();
		}
	}

	/** Mastodon ids are numeric strings that grow with time. */
	private static boolean newer(String id, String than) {
		return id.length() != than.length() ? id.length() > than.length() : id.compareTo(than) > 0;
	}

	private static String id(String statusId) {
		if (!statusId.matches("[0-9A-Za-z]{1,32}")) {
			throw new IllegalArgumentException("not a Mastodon status id: " + statusId);
		}
		return statusId;
	}
}
