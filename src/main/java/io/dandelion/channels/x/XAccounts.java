package io.dandelion.channels.x;

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
 * X accounts for the registry: the channel's external id is the account's user id; credentials
 * {@code access_token} and, for renewal, {@code refresh_token} and {@code client_id}.
 */
@Component
class XAccounts implements Connector {

	static final URI API = URI.create("https://api.x.com/");

	static final URI TOKEN = URI.create("https://api.x.com/2/oauth2/token");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	XAccounts(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String platform() {
		return "x";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.POLL, Capability.REPLY, Capability.HIDE, Capability.UNHIDE, Capability.DELETE);
	}

	@Override
	public Poll poll(ConnectedAccount account, @Nullable String cursor) {
		return connector(account).mentions(cursor);
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

	private XConnector connector(ConnectedAccount account) {
		URI base = URI.create(account.optional("api_base", API.toString()));
		return new XConnector(new PlatformClient("X", base, http, json, AccountTokens.of(account, "X", TOKEN, http, json)),
				account.requiredExternalId());
	}
}
