package io.dandelion.channels.meta;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.connector.PlatformAccount;
import io.dandelion.channels.connector.WebhookDelivery;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A Facebook Page or an Instagram professional account, reached with a Page access token. The two
 * surfaces share the Graph API but name things differently: replies go to {@code /comments} on
 * Facebook and {@code /replies} on Instagram, hiding sets {@code is_hidden} or {@code hide}.
 */
public class MetaConnector implements PlatformAccount {

	/** Which of Meta's networks the account is on. */
	public enum Surface {
		FACEBOOK("comments", "is_hidden"), INSTAGRAM("replies", "hide");

		private final String replyEdge;

		private final String hiddenField;

		Surface(String replyEdge, String hiddenField) {
			this.replyEdge = replyEdge;
			this.hiddenField = hiddenField;
		}
	}

	/** The Graph API version the fields and edges were written against. */
	static final String VERSION = "/v21.0/";

	private final PlatformClient graph;

	private final Surface surface;

	private final String accountId;

	private final Supplier<MetaWebhook> webhook;

	private final @Nullable String appId;

	/**
	 * The Page id (Facebook) or the Instagram user id, with the webhook secrets of the app; the client's
	 * failures are read by their Graph error codes ({@link GraphErrors}).
	 */
	public MetaConnector(PlatformClient graph, Surface surface, String accountId, MetaWebhook webhook) {
		this(graph, surface, accountId, () -> webhook);
	}

	/** As above, with webhook secrets read only when a delivery or a handshake needs them. */
	public MetaConnector(PlatformClient graph, Surface surface, String accountId, Supplier<MetaWebhook> webhook) {
		this(graph, surface, accountId, webhook, null);
	}

	/**
	 * As above, naming the Meta app ({@code appId}) whose webhook would deliver this Page's comments: while
	 * that app is subscribed to the Page's feed, polling leaves the comments to the webhook.
	 */
	public MetaConnector(PlatformClient graph, Surface surface, String accountId, Supplier<MetaWebhook> webhook,
			@Nullable String appId) {
		this.graph = graph.readingFailures(new GraphErrors(graph.json(), Clock.systemUTC()));
		this.surface = surface;
		this.accountId = accountId;
		this.webhook = webhook;
		this.appId = appId;
	}

	/**
	 * A Facebook Page's new comments read from its feed ({@link PageFeed}), unless the app's webhook is
	 * subscribed to the feed: then nothing is read and the cursor stays. Instagram is reached by webhook only.
	 */
	@Override
	public Poll poll(@Nullable String cursor) {
		if (surface != Surface.FACEBOOK) {
			throw Connector.unsupported("polling Instagram accounts");
		}
		PageFeed feed = new PageFeed(graph, accountId);
		return feed.webhookSubscribed(appId) ? new Poll(List.of(), cursor) : feed.poll(cursor);
	}

	/** Checks the delivery's {@code X-Hub-Signature-256} and returns the new comments in it. */
	@Override
	public List<InboundItem> receive(WebhookDelivery delivery) {
		return receive(delivery.body(), delivery.header(MetaWebhook.SIGNATURE));
	}

	/** Checks the delivery's signature and returns the new comments in it. */
	public List<InboundItem> receive(byte[] body, @Nullable String signatureHeader) {
		webhook.get().checkSignature(body, signatureHeader);
		return MetaChanges.items(body, accountId, graph.json());
	}

	/** Answers a subscription handshake. */
	@Override
	public String verifySubscription(Map<String, String> query) {
		return webhook.get().verifySubscription(query);
	}

	/** Replies to a comment (or under a post, on Facebook); returns the reply's id. */
	@Override
	public String reply(String commentId, String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("a reply needs some text");
		}
		try {
			JsonNode created = graph.send("POST", VERSION + id(commentId) + "/" + surface.replyEdge, Map.of(),
					Map.of("message", text));
			String id = created.path("id").asString("");
			if (id.isEmpty()) {
				throw new PlatformException(Reason.MALFORMED, 200, "the Graph API created a reply without an id", null);
			}
			return id;
		}
		catch (PlatformException e) {
			if (gone(e)) {
				throw new ParentGoneException(surface.name(), commentId);
			}
			throw e;
		}
	}

	@Override
	public void hide(String commentId) {
		setHidden(commentId, true);
	}

	@Override
	public void unhide(String commentId) {
		setHidden(commentId, false);
	}

	/** Deletes a comment (the account's own, or any comment on its own posts); one already gone is fine. */
	@Override
	public void delete(String commentId) {
		try {
			success(graph.send("DELETE", VERSION + id(commentId), Map.of(), null), "delete " + commentId);
		}
		catch (PlatformException e) {
			if (!gone(e)) {
				throw e;
			}
		}
	}

	private void setHidden(String commentId, boolean hidden) {
		success(graph.send("POST", VERSION + id(commentId), Map.of(), Map.of(surface.hiddenField, hidden)),
				(hidden ? "hide " : "unhide ") + commentId);
	}

	private static void success(JsonNode answer, String what) {
		if (!answer.path("success").asBoolean(false)) {
			throw new PlatformException(Reason.REJECTED, 200, "the Graph API did not " + what, null);
		}
	}

	/** A 404, or Graph error 100 with subcode 33: the object does not exist (deleted, or never visible to us). */
	private static boolean gone(PlatformException e) {
		return e.reason() == Reason.NOT_FOUND;
	}

	private static String id(String commentId) {
		if (!commentId.matches("[0-9_]{1,64}")) {
			throw new IllegalArgumentException("not a Graph API object id: " + commentId);
		}
		return commentId;
	}
}
