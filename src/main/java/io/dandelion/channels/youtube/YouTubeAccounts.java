package io.dandelion.channels.youtube;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.connector.AccountTokens;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
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
 * YouTube channels for the registry: the external id is the YouTube channel id; credentials as for
 * every OAuth account. Hiding rejects the comment (the author is not banned from here).
 */
@Component
class YouTubeAccounts implements Connector {

	static final URI API = URI.create("https://www.googleapis.com/");

	static final URI TOKEN = URI.create("https://oauth2.googleapis.com/token");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	YouTubeAccounts(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String platform() {
		return "youtube";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.POLL, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE);
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
	public void hide(ConnectedAccount account, String externalId) {
		connector(account).hide(externalId, false);
	}

	@Override
	public void unhide(ConnectedAccount account, String externalId) {
		connector(account).unhide(externalId);
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		connector(account).delete(externalId);
	}

	private YouTubeConnector connector(ConnectedAccount account) {
		URI base = URI.create(account.optional("api_base", API.toString()));
		return new YouTubeConnector(
				new PlatformClient("YouTube", base, http, json, AccountTokens.of(account, "YouTube", TOKEN, http, json)),
				account.requiredExternalId());
	}
}
