package io.dandelion.channels.x;

import static io.dandelion.channels.ChannelActions.Capability.DELETE;
import static io.dandelion.channels.ChannelActions.Capability.HIDE;
import static io.dandelion.channels.ChannelActions.Capability.POLL;
import static io.dandelion.channels.ChannelActions.Capability.REPLY;
import static io.dandelion.channels.ChannelActions.Capability.UNHIDE;

import io.dandelion.channels.connector.AccountConnector;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.OAuthProfile;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * X accounts for the registry: the channel's external id is the account's user id; credentials
 * {@code access_token} and, for renewal, {@code refresh_token} and {@code client_id}. Polls read mentions.
 */
@Component
class XAccounts extends AccountConnector {

	static final URI API = URI.create("https://api.x.com/");

	/** X's OAuth 2.0 user-context flow; PKCE is required, refresh tokens rotate with every renewal. */
	static final OAuthProfile OAUTH = new OAuthProfile(URI.create("https://x.com/i/oauth2/authorize"),
			URI.create("https://api.x.com/2/oauth2/token"),
			"tweet.read tweet.write users.read tweet.moderate.write offline.access", Map.of());

	XAccounts(JsonMapper json) {
		super("x", json, POLL, REPLY, HIDE, UNHIDE, DELETE);
	}

	@Override
	public Optional<OAuthProfile> oauth() {
		return Optional.of(OAUTH);
	}

	@Override
	public AccountIdentity identify(ConnectedAccount account) {
		return XConnector.identity(client("X", account, API, oauthToken(account, "X")));
	}

	@Override
	protected XConnector open(ConnectedAccount account) {
		return new XConnector(client("X", account, API, oauthToken(account, "X")), account.requiredExternalId());
	}
}
