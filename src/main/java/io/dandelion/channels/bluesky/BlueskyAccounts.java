package io.dandelion.channels.bluesky;

import static io.dandelion.channels.ChannelActions.Capability.DELETE;
import static io.dandelion.channels.ChannelActions.Capability.HIDE;
import static io.dandelion.channels.ChannelActions.Capability.POLL;
import static io.dandelion.channels.ChannelActions.Capability.REPLY;
import static io.dandelion.channels.ChannelActions.Capability.UNHIDE;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.connector.AccountConnector;
import io.dandelion.channels.connector.ConnectedAccount;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bluesky accounts for the registry: the handle signs in with the credential {@code app_password} on
 * {@code pds_url} (default https://bsky.social). Signed-in sessions are kept per channel, so that
 * polling does not sign in every minute; a changed password opens a new one.
 */
@Component
class BlueskyAccounts extends AccountConnector {

	static final String DEFAULT_PDS = "https://bsky.social";

	private record Session(int credentials, BlueskyConnector connector) {
	}

	private final Map<ChannelId, Session> sessions = new ConcurrentHashMap<>();

	BlueskyAccounts(JsonMapper json) {
		super("bluesky", json, POLL, REPLY, HIDE, UNHIDE, DELETE);
	}

	@Override
	protected BlueskyConnector open(ConnectedAccount account) {
		String pds = account.optional("pds_url", DEFAULT_PDS);
		String password = account.required("app_password");
		int credentials = (pds + "\n" + account.handle() + "\n" + password).hashCode();
		return sessions.compute(account.channel(), (id, kept) -> kept != null && kept.credentials() == credentials ? kept
				: new Session(credentials, new BlueskyConnector(URI.create(pds), identifier(account.handle()), password,
						http(), json())))
			.connector();
	}

	private static String identifier(String handle) {
		return handle.startsWith("@") ? handle.substring(1) : handle;
	}
}
