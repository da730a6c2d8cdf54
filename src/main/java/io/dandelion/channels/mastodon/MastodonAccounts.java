package io.dandelion.channels.mastodon;

import static io.dandelion.channels.ChannelActions.Capability.DELETE;
import static io.dandelion.channels.ChannelActions.Capability.POLL;
import static io.dandelion.channels.ChannelActions.Capability.REPLY;

import io.dandelion.channels.connector.AccountConnector;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.OAuthProfile;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.OAuthAuthorization.ClientAuthentication;
import io.dandelion.channels.platforms.PlatformClient;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mastodon accounts for the registry: credentials {@code access_token} and {@code instance_url} (e.g.
 * https://mastodon.social), or, for accounts connected with OAuth, the instance of this installation's
 * Mastodon app ({@code api-base}); the external id is the account id. No API hides another account's reply.
 */
@Component
class MastodonAccounts extends AccountConnector {

	static final URI DEFAULT_INSTANCE = URI.create("https://mastodon.social/");

	/**
	 * An app is registered on one instance ({@code POST /api/v1/apps}), whose endpoints the installation
	 * configures; the client secret goes in the form as Mastodon documents; {@code force_login} lets the
	 * manager sign in as the brand rather than as whoever is signed in to the instance in that browser.
	 */
	static final OAuthProfile OAUTH = new OAuthProfile(DEFAULT_INSTANCE.resolve("/oauth/authorize"),
			DEFAULT_INSTANCE.resolve("/oauth/token"), "read:accounts read:notifications read:statuses write:statuses",
			Map.of("force_login", "true"), ClientAuthentication.FORM_FIELDS);

	MastodonAccounts(JsonMapper json) {
		super("mastodon", json, POLL, REPLY, DELETE);
	}

	@Override
	public Optional<OAuthProfile> oauth() {
		return Optional.of(OAUTH);
	}

	@Override
	public AccountIdentity identify(ConnectedAccount account) {
		return MastodonConnector.identity(api(account));
	}

	@Override
	protected MastodonConnector open(ConnectedAccount account) {
		return new MastodonConnector(api(account), account.requiredExternalId());
	}

	private PlatformClient api(ConnectedAccount account) {
		AccessToken token = AccessToken.fixed(account.required("access_token"));
		if (account.optional("instance_url") == null && account.optional("api_base") != null) {
			// connected with OAuth: the instance of this installation's Mastodon app
			return client("Mastodon", account, DEFAULT_INSTANCE, token);
		}
		// the account's own instance, even when the installation's app lives on another one
		return new PlatformClient("Mastodon", URI.create(account.required("instance_url")), http(), json(), token);
	}
}
