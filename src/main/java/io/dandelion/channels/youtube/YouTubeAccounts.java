package io.dandelion.channels.youtube;

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
 * YouTube channels for the registry: the external id is the YouTube channel id; credentials as for
 * every OAuth account. Hiding rejects the comment (the author is not banned from here).
 */
@Component
class YouTubeAccounts extends AccountConnector {

	static final URI API = URI.create("https://www.googleapis.com/");

	/** Google's web-server flow: offline access for a refresh token, consent asked again so that one is sent. */
	static final OAuthProfile OAUTH = new OAuthProfile(URI.create("https://accounts.google.com/o/oauth2/v2/auth"),
			URI.create("https://oauth2.googleapis.com/token"), "https://www.googleapis.com/auth/youtube.force-ssl",
			Map.of("access_type", "offline", "prompt", "consent"));

	YouTubeAccounts(JsonMapper json) {
		super("youtube", json, POLL, REPLY, HIDE, UNHIDE, DELETE);
	}

	@Override
	public Optional<OAuthProfile> oauth() {
		return Optional.of(OAUTH);
	}

	@Override
	public AccountIdentity identify(ConnectedAccount account) {
		return YouTubeConnector.identity(client("YouTube", account, API, oauthToken(account, "YouTube")));
	}

	@Override
	protected YouTubeConnector open(ConnectedAccount account) {
		return new YouTubeConnector(client("YouTube", account, API, oauthToken(account, "YouTube")),
				account.requiredExternalId());
	}
}
