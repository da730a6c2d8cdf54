package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelActionException;
import io.dandelion.channels.ChannelActionException.Reason;
import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.platforms.Poll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One platform's connector: a bean that reaches any account of its platform, given the account with
 * its decrypted credentials. It declares what the platform can do in {@link #capabilities()} and
 * implements exactly those methods; the others refuse with {@link Reason#UNSUPPORTED}, never silently.
 * Platform failures surface as {@code PlatformException}, {@code ParentGoneException} or
 * {@link ChannelActionException}; {@link ConnectorFailures} translates them for callers. It is the one
 * type other modules may implement (named interface {@code connector}): the website factory connects its
 * sites' comments this way.
 */
@NamedInterface("connector")
public interface Connector {

	/** The platform's name as channels store it (e.g. {@code x}, {@code email}). */
	String platform();

	Set<Capability> capabilities();

	/** Items since {@code cursor} (all recent ones when null), oldest first, and the cursor to use next. */
	default Poll poll(ConnectedAccount account, @Nullable String cursor) {
		throw unsupported("polling");
	}

	/** Checks that a webhook delivery is authentic (else throws {@link WebhookRejectedException}) and parses it. */
	default List<InboundItem> receive(ConnectedAccount account, WebhookDelivery delivery) {
		throw unsupported("webhooks");
	}

	/** Answers a webhook subscription handshake (e.g. Meta's {@code hub.challenge}) with what the platform expects. */
	default String verifySubscription(ConnectedAccount account, Map<String, String> query) {
		throw unsupported("webhook subscriptions");
	}

	default SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		throw unsupported("replying");
	}

	default void hide(ConnectedAccount account, String externalId) {
		throw unsupported("hiding");
	}

	default void unhide(ConnectedAccount account, String externalId) {
		throw unsupported("unhiding");
	}

	default void delete(ConnectedAccount account, String externalId) {
		throw unsupported("deleting");
	}

	/** How an account of this platform is connected with OAuth 2.0, when the platform uses it. */
	default Optional<OAuthProfile> oauth() {
		return Optional.empty();
	}

	/**
	 * The account whose token {@code account} carries (asked right after it was connected; when a channel is
	 * reconnected, {@code account.externalId()} is the channel's, for platforms where one sign-in reaches several).
	 */
	default AccountIdentity identify(ConnectedAccount account) {
		throw unsupported("identifying an account");
	}

	static ChannelActionException unsupported(String what) {
		return new ChannelActionException(Reason.UNSUPPORTED, "this platform does not support " + what, null, null);
	}
}
