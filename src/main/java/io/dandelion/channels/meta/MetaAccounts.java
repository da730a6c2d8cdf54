package io.dandelion.channels.meta;

import static io.dandelion.channels.ChannelActions.Capability.DELETE;
import static io.dandelion.channels.ChannelActions.Capability.HIDE;
import static io.dandelion.channels.ChannelActions.Capability.REPLY;
import static io.dandelion.channels.ChannelActions.Capability.UNHIDE;
import static io.dandelion.channels.ChannelActions.Capability.WEBHOOK;

import io.dandelion.channels.connector.AccountConnector;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.platforms.AccessToken;
import java.net.URI;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook Pages or Instagram accounts for the registry: the external id is the Page id or the
 * Instagram user id; credentials {@code access_token} (the Page token), {@code app_secret} and
 * {@code verify_token} of the app whose webhook delivers the comments.
 */
class MetaAccounts extends AccountConnector {

	static final URI GRAPH = URI.create("https://graph.facebook.com/");

	private final MetaConnector.Surface surface;

	MetaAccounts(MetaConnector.Surface surface, JsonMapper json) {
		super(surface.name().toLowerCase(Locale.ROOT), json, WEBHOOK, REPLY, HIDE, UNHIDE, DELETE);
		this.surface = surface;
	}

	@Override
	protected MetaConnector open(ConnectedAccount account) {
		return new MetaConnector(client("Meta", account, GRAPH, AccessToken.fixed(account.required("access_token"))),
				surface, account.requiredExternalId(),
				new MetaWebhook(account.required("verify_token"), account.required("app_secret")));
	}
}
