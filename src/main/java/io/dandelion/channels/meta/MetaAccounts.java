package io.dandelion.channels.meta;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.connector.WebhookDelivery;
import io.dandelion.channels.connector.WebhookRejectedException;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.PlatformClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook Pages or Instagram accounts for the registry: the external id is the Page id or the
 * Instagram user id; credentials {@code access_token} (the Page token), {@code app_secret} and
 * {@code verify_token} of the app whose webhook delivers the comments.
 */
class MetaAccounts implements Connector {

	static final URI GRAPH = URI.create("https://graph.facebook.com/");

	private final MetaConnector.Surface surface;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	MetaAccounts(MetaConnector.Surface surface, JsonMapper json) {
		this.surface = surface;
		this.json = json;
	}

	@Override
	public String platform() {
		return surface == MetaConnector.Surface.FACEBOOK ? "facebook" : "instagram";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.WEBHOOK, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE);
	}

	@Override
	public List<InboundItem> receive(ConnectedAccount account, WebhookDelivery delivery) {
		try {
			return connector(account).receive(delivery.body(), String.valueOf(delivery.header("X-Hub-Signature-256")));
		}
		catch (MetaWebhook.WebhookRejected e) {
			throw new WebhookRejectedException(e.status(), e.getMessage());
		}
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		return new SentReply(connector(account).reply(parentExternalId, text), Instant.now());
	}

	@Override
	public void hide(ConnectedAccount account, String externalId) {
		connector(account).hide(externalId);
	}

	@Override
	public void unhide(ConnectedAccount account, String externalId) {
		connector(account).unhide(externalId);
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		connector(account).delete(externalId);
	}

	private MetaConnector connector(ConnectedAccount account) {
		URI base = URI.create(account.optional("api_base", GRAPH.toString()));
		return new MetaConnector(
				new PlatformClient("Meta", base, http, json, AccessToken.fixed(account.required("access_token"))), surface,
				account.requiredExternalId(),
				new MetaWebhook(account.required("verify_token"), account.required("app_secret")));
	}
}
