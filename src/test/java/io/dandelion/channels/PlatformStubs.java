package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One WireMock server standing in for the platforms' OAuth and API endpoints in the channels module's
 * shared test context: the installation's X, YouTube, Mastodon, Facebook and Instagram clients are configured to reach it. Tests reset
 * it before use; test classes run one after the other.
 */
public final class PlatformStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static WireMockServer server;

	/** The server, started on a free port the first time. */
	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String base = server().baseUrl();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("platformStubs", Map.of(
				"dandelion.channels.oauth.x.client-id", "dandelion-x-client",
				"dandelion.channels.oauth.x.authorization-uri", base + "/i/oauth2/authorize",
				"dandelion.channels.oauth.x.token-uri", base + "/2/oauth2/token",
				"dandelion.channels.oauth.x.api-base", base + "/",
				"dandelion.channels.oauth.youtube.client-id", "dandelion-google-client",
				"dandelion.channels.oauth.youtube.client-secret", "google-client-secret-1",
				"dandelion.channels.oauth.youtube.authorization-uri", base + "/o/oauth2/v2/auth",
				"dandelion.channels.oauth.youtube.token-uri", base + "/token",
				"dandelion.channels.oauth.youtube.api-base", base + "/")));
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mastodonStub", Map.of(
				"dandelion.channels.oauth.mastodon.client-id", "dandelion-mastodon-client",
				"dandelion.channels.oauth.mastodon.client-secret", "mastodon-client-secret-1",
				"dandelion.channels.oauth.mastodon.authorization-uri", base + "/oauth/authorize",
				"dandelion.channels.oauth.mastodon.token-uri", base + "/oauth/token",
				"dandelion.channels.oauth.mastodon.api-base", base + "/")));
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("metaStub", Map.of(
				"dandelion.channels.oauth.facebook.client-id", "dandelion-meta-app",
				"dandelion.channels.oauth.facebook.client-secret", "meta-app-secret-1",
				"dandelion.channels.oauth.facebook.authorization-uri", base + "/v21.0/dialog/oauth",
				"dandelion.channels.oauth.facebook.token-uri", base + "/v21.0/oauth/access_token",
				"dandelion.channels.oauth.facebook.api-base", base + "/",
				"dandelion.channels.oauth.instagram.client-id", "dandelion-meta-app",
				"dandelion.channels.oauth.instagram.client-secret", "meta-app-secret-1",
				"dandelion.channels.oauth.instagram.authorization-uri", base + "/v21.0/dialog/oauth",
				"dandelion.channels.oauth.instagram.token-uri", base + "/v21.0/oauth/access_token",
				"dandelion.channels.oauth.instagram.api-base", base + "/")));
	}
}
