package io.dandelion.channels.mastodon;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon accounts for the registry: credentials {@code instance_url} (e.g. https://mastodon.social)
 * and {@code access_token}; the external id is the account id. No API hides another account's reply.
 */
@Component
class MastodonAccounts implements Connector {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	MastodonAccounts(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String platform() {
		return "mastodon";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.POLL, Capability.REPLY, Capability.DELETE);
	}

	@Override
	public Poll poll(ConnectedAccount account, @Nullable String cursor) {
		return connector(account).poll(cursor);
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		return new SentReply(connector(account).reply(parentExternalId, text), Instant.now());
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		connector(account).delete(externalId);
	}

	private MastodonConnector connector(ConnectedAccount account) {
		return new MastodonConnector(new PlatformClient("Mastodon", URI.create(account.required("instance_url")), http,
				json, AccessToken.fixed(account.required("access_token"))), account.requiredExternalId());
	}
}
