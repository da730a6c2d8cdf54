package io.dandelion.channels.connector;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.PlatformClient;
import io.dandelion.channels.platforms.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform's {@link Connector} as most platforms need it: every call opens the account with the
 * platform's client ({@link #open}) and lets that client act. Platforms differ only in how an account
 * is opened (which credentials, which server) and in the capabilities they declare.
 */
public abstract class AccountConnector implements Connector {

	private final String platform;

	private final Set<Capability> capabilities;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	protected AccountConnector(String platform, JsonMapper json, Capability first, Capability... more) {
		this.platform = platform;
		this.json = json;
		this.capabilities = Set.copyOf(EnumSet.of(first, more));
	}

	/** The platform's client for this account, reading what it needs from the account's credentials. */
	protected abstract PlatformAccount open(ConnectedAccount account);

	@Override
	public final String platform() {
		return platform;
	}

	@Override
	public final Set<Capability> capabilities() {
		return capabilities;
	}

	@Override
	public Poll poll(ConnectedAccount account, @Nullable String cursor) {
		return open(account).poll(cursor);
	}

	@Override
	public List<InboundItem> receive(ConnectedAccount account, WebhookDelivery delivery) {
		return open(account).receive(delivery);
	}

	@Override
	public String verifySubscription(ConnectedAccount account, Map<String, String> query) {
		return open(account).verifySubscription(query);
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		return new SentReply(open(account).reply(parentExternalId, text), Instant.now());
	}

	@Override
	public void hide(ConnectedAccount account, String externalId) {
		open(account).hide(externalId);
	}

	@Override
	public void unhide(ConnectedAccount account, String externalId) {
		open(account).unhide(externalId);
	}

	@Override
	public void delete(ConnectedAccount account, String externalId) {
		open(account).delete(externalId);
	}

	protected final HttpClient http() {
		return http;
	}

	protected final JsonMapper json() {
		return json;
	}

	/** A JSON client for {@code base}, or for the account's {@code api_base} when it names another server. */
	protected final PlatformClient client(String name, ConnectedAccount account, URI base, AccessToken token) {
		return new PlatformClient(name, URI.create(account.optional("api_base", base.toString())), http, json, token);
	}

	/** The account's OAuth token, renewed at the token endpoint of {@link #oauth()} (see {@link AccountTokens}). */
	protected final AccessToken oauthToken(ConnectedAccount account, String name) {
		URI endpoint = oauth().orElseThrow(() -> new IllegalStateException(platform + " does not use OAuth"))
			.tokenEndpoint();
		return AccountTokens.of(account, name, endpoint, http, json);
	}
}
