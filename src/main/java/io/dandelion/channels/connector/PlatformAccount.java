package io.dandelion.channels.connector;

import io.dandelion.channels.InboundItem;
import io.dandelion.channels.platforms.Poll;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One account of a platform, opened with its credentials by an {@link AccountConnector}: the platform's
 * client implements what the platform can do for it; everything else refuses as unsupported.
 */
public interface PlatformAccount {

	/** Items since {@code cursor} (all recent ones when null), oldest first, and the cursor to use next. */
	default Poll poll(@Nullable String cursor) {
		throw Connector.unsupported("polling");
	}

	/** Checks that a webhook delivery is authentic (else throws {@link WebhookRejectedException}) and parses it. */
	default List<InboundItem> receive(WebhookDelivery delivery) {
		throw Connector.unsupported("webhooks");
	}

	/** Answers a webhook subscription handshake with what the platform expects. */
	default String verifySubscription(Map<String, String> query) {
		throw Connector.unsupported("webhook subscriptions");
	}

	/** Answers the item {@code parentExternalId} and returns the id of the answer on the platform. */
	default String reply(String parentExternalId, String text) {
		throw Connector.unsupported("replying");
	}

	default void hide(String externalId) {
		throw Connector.unsupported("hiding");
	}

	default void unhide(String externalId) {
		throw Connector.unsupported("unhiding");
	}

	default void delete(String externalId) {
		throw Connector.unsupported("deleting");
	}
}
