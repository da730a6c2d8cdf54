package io.dandelion.channels.bluesky;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.PlatformException.Reason;
import io.dandelion.channels.platforms.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bluesky accounts for the registry: the handle signs in with the credential {@code app_password} on
 * {@code pds_url} (default https://bsky.social). Signed-in sessions are kept per channel, so that
 * polling does not sign in every minute; a changed password opens a new one.
 */
@Component
class BlueskyAccounts implements Connector {

	static final String DEFAULT_PDS = "https://bsky.social";

	private record Session(int credentials, BlueskyConnector connector) {
	}

	private final Map<ChannelId, Session> sessions = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	BlueskyAccounts(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String platform() {
		return "bluesky";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.POLL, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE);
	}

	@Override
	public Poll poll(ConnectedAccount account, @Nullable String cursor) {
		return call(account, c -> c.poll(cursor));
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		return call(account, c -> new SentReply(c.reply(parentExternalId, text), Instant.now()));
	}

	@Override
	public void hide(ConnectedAccount account, String externalId) {
		call(account, c -> {
			c.hide(externalId);
			return true;
		});
	}

	@Override
	public void unhide(ConnectedAccount account, String externalId) {
		call(account, c -> {
			c.unhide(externalId);
			return true;
		});
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		call(account, c -> {
			c.delete(externalId);
			return true;
		});
	}

	private <T> T call(ConnectedAccount account, Function<BlueskyConnector, T> action) {
		try {
			return action.apply(connector(account));
		}
		catch (XrpcException e) {
			throw platformFailure(e);
		}
	}

	private BlueskyConnector connector(ConnectedAccount account) {
		String pds = account.optional("pds_url", DEFAULT_PDS);
		String password = account.required("app_password");
		int credentials = (pds + "\n" + account.handle() + "\n" + password).hashCode();
		return sessions.compute(account.channel(), (id, kept) -> kept != null && kept.credentials() == credentials ? kept
				: new Session(credentials, new BlueskyConnector(URI.create(pds), identifier(account.handle()), password, http,
						json)))
			.connector();
	}

	private static String identifier(String handle) {
		return handle.startsWith("@") ? handle.substring(1) : handle;
	}

	static PlatformException platformFailure(XrpcException e) {
		Reason reason;
		if (e.status() == 429) {
			reason = Reason.RATE_LIMITED;
		}
		else if (e.isExpiredSession() || e.status() == 403) {
			reason = Reason.UNAUTHORISED;
		}
		else if (e.isNotFound()) {
			reason = Reason.NOT_FOUND;
		}
		else if (e.status() >= 500 || e.status() == 0) {
			reason = Reason.UNAVAILABLE;
		}
		else {
			reason = Reason.REJECTED;
		}
		return new PlatformException(reason, e.status(), e.getMessage(), e.retryAt());
	}
}
