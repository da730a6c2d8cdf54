package io.dandelion.channels.mastodon;

import static io.dandelion.channels.ChannelActions.Capability.DELETE;
import static io.dandelion.channels.ChannelActions.Capability.POLL;
import static io.dandelion.channels.ChannelActions.Capability.REPLY;

import io.dandelion.channels.connector.AccountConnector;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.platforms.AccessToken;
import java.net.URI;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon accounts for the registry: credentials {@code instance_url} (e.g. https://mastodon.social)
 * and {@code access_token}; the external id is the account id. No API hides another account's reply.
 */
@Component
class MastodonAccounts extends AccountConnector {

	MastodonAccounts(JsonMapper json) {
		super("mastodon", json, POLL, REPLY, DELETE);
	}

	@Override
	protected MastodonConnector open(ConnectedAccount account) {
		URI instance = URI.create(account.required("instance_url"));
		return new MastodonConnector(client("Mastodon", account, instance, AccessToken.fixed(account.required("access_token"))),
				account.requiredExternalId());
	}
}
