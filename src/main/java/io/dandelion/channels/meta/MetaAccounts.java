package io.dandelion.channels.meta;

import static io.dandelion.channels.ChannelActions.Capability.DELETE;
import static io.dandelion.channels.ChannelActions.Capability.HIDE;
import static io.dandelion.channels.ChannelActions.Capability.POLL;
import static io.dandelion.channels.ChannelActions.Capability.REPLY;
import static io.dandelion.channels.ChannelActions.Capability.UNHIDE;
import static io.dandelion.channels.ChannelActions.Capability.WEBHOOK;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.connector.AccountConnector;
import io.dandelion.channels.connector.AccountIdentity;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.OAuthProfile;
import io.dandelion.channels.platforms.AccessToken;
import io.dandelion.channels.platforms.OAuthAuthorization.ClientAuthentication;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook Pages or Instagram accounts for the registry: the external id is the Page id or the
 * Instagram user id; credentials {@code access_token} (the Page token), and for the webhook that delivers
 * the comments {@code verify_token} and {@code app_secret} (else the secret of the installation's Meta app).
 * Accounts are connected with Facebook Login (see {@link MetaPages}). A Page whose webhook is not
 * subscribed is polled through its feed ({@link PageFeed}); {@code app_id} names the Meta app whose
 * subscription counts (default: the installation's).
 */
class MetaAccounts extends AccountConnector {

	static final URI GRAPH = URI.create("https://graph.facebook.com/");

	/** What a Page needs: list the Pages, read their posts and comments, answer, hide and delete, subscribe its webhook. */
	static final String PAGE_SCOPES = "pages_show_list,pages_read_engagement,pages_read_user_content,"
			+ "pages_manage_engagement,pages_manage_metadata";

	/** What an Instagram professional account needs, reached through its Page. */
	static final String INSTAGRAM_SCOPES = "pages_show_list,pages_read_engagement,instagram_basic,"
			+ "instagram_manage_comments";

	private final MetaConnector.Surface surface;

	MetaAccounts(MetaConnector.Surface surface, JsonMapper json) {
		super(surface.name().toLowerCase(Locale.ROOT), json, WEBHOOK, capabilities(surface));
		this.surface = surface;
	}

	/** Facebook Pages are also polled, when their webhook is not subscribed; Instagram accounts only by webhook. */
	private static Capability[] capabilities(MetaConnector.Surface surface) {
		return surface == MetaConnector.Surface.FACEBOOK ? new Capability[] { POLL, REPLY, HIDE, UNHIDE, DELETE }
				: new Capability[] { REPLY, HIDE, UNHIDE, DELETE };
	}

	/** Facebook Login: the app secret goes in the form, as Meta documents; PKCE S256 as for every platform. */
	@Override
	public Optional<OAuthProfile> oauth() {
		return Optional.of(new OAuthProfile(URI.create("https://www.facebook.com" + MetaConnector.VERSION + "dialog/oauth"),
				GRAPH.resolve(MetaConnector.VERSION + "oauth/access_token"),
				surface == MetaConnector.Surface.FACEBOOK ? PAGE_SCOPES : INSTAGRAM_SCOPES, Map.of(),
				ClientAuthentication.FORM_FIELDS));
	}

	@Override
	public AccountIdentity identify(ConnectedAccount account) {
		String userToken = account.required("access_token");
		return MetaPages.identify(client("Meta", account, GRAPH, AccessToken.fixed(userToken)),
				token -> client("Meta", account, GRAPH, AccessToken.fixed(token)), surface, account.required("client_id"),
				account.required("client_secret"), userToken, account.externalId());
	}

	@Override
	protected MetaConnector open(ConnectedAccount account) {
		return new MetaConnector(client("Meta", account, GRAPH, AccessToken.fixed(account.required("access_token"))),
				surface, account.requiredExternalId(),
				() -> new MetaWebhook(account.required("verify_token"), appSecret(account)), appId(account));
	}

	/** The Meta app whose webhook delivers this account's comments: the channel's {@code app_id}, else the installation's. */
	private static @Nullable String appId(ConnectedAccount account) {
		String own = account.optional("app_id");
		return own != null ? own : account.optional("client_id");
	}

	/** The channel's own {@code app_secret}, else the installation's Meta app's secret. */
	private static String appSecret(ConnectedAccount account) {
		for (String name : new String[] { "app_secret", "client_secret" }) {
			String secret = account.optional(name);
			if (secret != null && !secret.isBlank()) {
				return secret;
			}
		}
		return account.required("app_secret"); // refuses, naming the credential to set
	}
}
