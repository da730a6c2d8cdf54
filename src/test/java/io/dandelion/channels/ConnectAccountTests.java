package io.dandelion.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.internal.ChannelDirectory;
import io.dandelion.channels.internal.CredentialVault;
import io.dandelion.channels.platforms.OpenApiContract;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A unit's channel manager connects accounts from the channel page through the platforms' OAuth flows,
 * end to end: the redirect with PKCE and a state kept in the session, the callback, the code exchanged
 * at a token endpoint stubbed after RFC 6749/7636, the platform asked who signed in, the tokens in the
 * vault. Every exchange with the stubs is checked against the descriptions (specs/oauth2.json, X API v2,
 * YouTube Data v3, Mastodon); the Graph API has no machine-readable description here, so Meta's stubs
 * follow its reference pages (Facebook Login, long-lived tokens, {@code /me/accounts}) unchecked.
 */
@ChannelsTest
class ConnectAccountTests {

	static final String ACCESS = "x-access-7d1f0c2b9e";
	static final String REFRESH = "x-refresh-51aa0e6c";
	static final String USER_ID = "1100000000000000042";

	final WireMockServer platforms = PlatformStubs.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelDirectory directory;

	@Autowired
	CredentialVault vault;

	@Autowired
	ConnectorRegistry registry;

	@Autowired
	AuditLog audit;

	@Autowired
	ChannelFixtures fixtures;

	TestOrganisation org;

	MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void organisation() {
		org = fixtures.organisation();
		platforms.resetAll();
		clearInvocations(audit);
	}

	@AfterEach
	void everyExchangeFollowsItsDescription() {
		assertThat(violations("specs/oauth2.json", "/2/oauth2/token", "/token")).isEmpty();
		assertThat(violations("specs/twitter.json", "/2/users")).isEmpty();
		assertThat(violations("specs/youtube.json", "/youtube/")).isEmpty();
		assertThat(violations("specs/mastodon.json", "/oauth/", "/api/v1/")).isEmpty();
	}

	@Test
	void aChannelManagerConnectsAnXAccountWithPkceAndItsTokensAreStoredEncrypted() throws Exception {
		org.as(org.frManager);
		page().andExpect(content().string(containsString("/channels/connect/x?team=" + org.frCommunity)));

		URI redirect = start("/channels/connect/x?team=" + org.frCommunity);
		Map<String, String> query = query(redirect);
		assertThat(redirect.getPath()).isEqualTo("/i/oauth2/authorize");
		assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "dandelion-x-client")
			.containsEntry("redirect_uri", "http://localhost/channels/connect/callback")
			.containsEntry("code_challenge_method", "S256").containsKey("state")
			.containsEntry("scope", "tweet.read tweet.write users.read tweet.moderate.write offline.access");
		stubXToken(7200);
		stubXUser(USER_ID, "acme_fr");

		String location = callback(query.get("state"), "code-from-x").andExpect(status().isFound()).andReturn()
			.getResponse().getRedirectedUrl();

		ChannelId id = ChannelId.of(location.substring(location.indexOf("connected=") + "connected=".length()));
		var channel = directory.details(id).orElseThrow();
		assertThat(channel.platform()).isEqualTo("x");
		assertThat(channel.handle()).isEqualTo("@acme_fr");
		assertThat(channel.externalId()).isEqualTo(USER_ID);
		assertThat(channel.unit()).isEqualTo(org.fr);
		assertThat(channel.tokenExpiresAt()).isBetween(Instant.now().plusSeconds(7000), Instant.now().plusSeconds(7300));
		assertThat(vault.open(id)).containsEntry("access_token", ACCESS).containsEntry("refresh_token", REFRESH)
			.doesNotContainKey("client_id");
		assertThat(jdbc.sql("select ciphertext from channel_credential where channel_id = ?").param(id.value())
			.query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).list())
			.hasSize(3).noneMatch(v -> v.contains(ACCESS) || v.contains(REFRESH));
		String verifier = form(platforms.getAllServeEvents().stream()
			.filter(e -> e.getRequest().getUrl().equals("/2/oauth2/token")).findFirst().orElseThrow()).get("code_verifier");
		assertThat(challenge(verifier)).isEqualTo(query.get("code_challenge"));
		mvc.perform(get(location).with(user("fr.community")).session(session))
			.andExpect(content().string(containsString("Connected @acme_fr.")))
			.andExpect(content().string(containsString("token expires " + channel.tokenExpiresAt().toString().substring(0, 10))))
			.andExpect(content().string(not(containsString(ACCESS))))
			.andExpect(content().string(not(containsString(REFRESH))));
		assertThat(actions()).contains("channel.connect-started", "channel.created", "channel.connected");
		assertThat(audited().toString()).doesNotContain(ACCESS).doesNotContain(REFRESH);
	}

	@Test
	void aCallbackWithoutItsStateOrWithOneFromAnotherSessionIsRefusedWithASentence() throws Exception {
		org.as(org.frManager);
		URI redirect = start("/channels/connect/x?team=" + org.frCommunity);
		String state = query(redirect).get("state");

		mvc.perform(get("/channels/connect/callback?code=c").with(user("fr.community")).session(session))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("carries no state")));
		mvc.perform(get("/channels/connect/callback?code=c&state=" + state).with(user("fr.community"))
			.session(new MockHttpSession()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("does not belong to a connection started in your session")));
		mvc.perform(get("/channels/connect/callback?code=c&state=forged").with(user("fr.community")).session(session))
			.andExpect(status().isBadRequest());
		assertThat(platforms.getAllServeEvents()).isEmpty();
	}

	@Test
	void aStateIsUsedOnceAndACancelledConnectionChangesNothing() throws Exception {
		org.as(org.frManager);
		String state = query(start("/channels/connect/x?team=" + org.frCommunity)).get("state");

		callback(state, null, "access_denied").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("did not connect the account (access_denied)")));
		callback(state, "late-code", null).andExpect(status().isBadRequest());

		assertThat(platforms.getAllServeEvents()).isEmpty();
		assertThat(directory.ofUnits(List.of(org.fr))).isEmpty();
		assertThat(actions()).contains("channel.connect-failed");
	}

	@Test
	void anotherUnitsTeamIsNotFoundAndAnAgentCannotReconnect() throws Exception {
		org.as(org.esManager);
		mvc.perform(get("/channels/connect/x?team=" + org.frCommunity).with(user("es.community")).session(session))
			.andExpect(status().isNotFound());
		ChannelId brand = fixtures.connect(org, "x", "@acme_fr", USER_ID,
				Map.of("access_token", "old"));
		org.as(org.frAgent);
		mvc.perform(get("/channels/" + brand + "/reconnect").with(user("fr.agent")).session(session))
			.andExpect(status().isForbidden());
		org.as(org.esManager);
		mvc.perform(get("/channels/" + brand + "/reconnect").with(user("es.community")).session(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void reconnectingRenewsTheSameAccountsTokensAndRefusesAnotherAccount() throws Exception {
		ChannelId brand = fixtures.connect(org, "x", "@acme_fr", USER_ID,
				Map.of("access_token", "old", "refresh_token", "old-refresh", "access_token_expires_at",
						"2020-01-01T00:00:00Z"));
		jdbc.sql("update channel set health = 'UNAUTHORISED' where id = ?").param(brand.value()).update();
		org.as(org.frManager);
		page().andExpect(content().string(containsString("reconnect needed")))
			.andExpect(content().string(containsString("/channels/" + brand + "/reconnect")));

		stubXUser("1100000000000000099", "someone_else");
		String other = query(start("/channels/" + brand + "/reconnect")).get("state");
		stubXToken(7200);
		callback(other, "code-1").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("You signed in as @someone_else, but this channel is @acme_fr")));
		assertThat(vault.open(brand)).containsEntry("access_token", "old");

		stubXUser(USER_ID, "acme_fr");
		String state = query(start("/channels/" + brand + "/reconnect")).get("state");
		callback(state, "code-2").andExpect(status().isFound());

		assertThat(vault.open(brand)).containsEntry("access_token", ACCESS).containsEntry("refresh_token", REFRESH);
		assertThat(directory.details(brand).orElseThrow().health().name()).isEqualTo("UNKNOWN");
		page().andExpect(content().string(not(containsString("reconnect needed"))));
		assertThat(actions()).contains("channel.reconnected");
	}

	@Test
	void aYouTubeChannelConnectsWithTheConfidentialClientAndOfflineAccess() throws Exception {
		org.as(org.frManager);
		Map<String, String> query = query(start("/channels/connect/youtube?team=" + org.frCommunity));
		assertThat(query).containsEntry("access_type", "offline").containsEntry("prompt", "consent")
			.containsEntry("scope", "https://www.googleapis.com/auth/youtube.force-ssl");
		platforms.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson("""
				{"access_token":"ya29.google-access","expires_in":3599,"refresh_token":"1//google-refresh",
				 "scope":"https://www.googleapis.com/auth/youtube.force-ssl","token_type":"Bearer"}""")));
		platforms.stubFor(WireMock.get(urlPathEqualTo("/youtube/v3/channels")).withQueryParam("mine", equalTo("true"))
			.withHeader("Authorization", equalTo("Bearer ya29.google-access")).willReturn(okJson("""
					{"kind":"youtube#channelListResponse","items":[{"kind":"youtube#channel","id":"UCacmefrance00000000000",
					 "snippet":{"title":"Acme France","customUrl":"@acmefrance"}}]}""")));

		callback(query.get("state"), "4/google-code").andExpect(status().isFound());

		platforms.verify(postRequestedFor(urlPathEqualTo("/token")).withHeader("Authorization",
				equalTo("Basic " + Base64.getEncoder().encodeToString("dandelion-google-client:google-client-secret-1"
					.getBytes(StandardCharsets.UTF_8)))));
		var channel = directory.ofUnits(List.of(org.fr)).get(0);
		assertThat(channel.handle()).isEqualTo("@acmefrance");
		assertThat(vault.open(channel.id())).containsEntry("refresh_token", "1//google-refresh")
			.doesNotContainKey("client_secret");
	}

	@Test
	void aMastodonAccountConnectsThroughTheInstancesAppAndIsPolledThere() throws Exception {
		org.as(org.frManager);
		page().andExpect(content().string(containsString("/channels/connect/mastodon?team=" + org.frCommunity)));
		URI redirect = start("/channels/connect/mastodon?team=" + org.frCommunity);
		Map<String, String> query = query(redirect);
		assertThat(redirect.getPath()).isEqualTo("/oauth/authorize");
		assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "dandelion-mastodon-client")
			.containsEntry("force_login", "true").containsEntry("code_challenge_method", "S256")
			.containsEntry("scope", "read:accounts read:notifications read:statuses write:statuses");
		platforms.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson("""
				{"access_token":"mastodon-access-9f2c","token_type":"Bearer",
				 "scope":"read:accounts read:notifications read:statuses write:statuses","created_at":1764756000}""")));
		platforms.stubFor(WireMock.get(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
			.withHeader("Authorization", equalTo("Bearer mastodon-access-9f2c"))
			.willReturn(okJson("{\"id\":\"109000000000000042\",\"username\":\"acme_fr\",\"acct\":\"acme_fr\","
					+ "\"display_name\":\"Acme France\"}")));

		callback(query.get("state"), "mastodon-code").andExpect(status().isFound());

		Map<String, String> exchanged = form(platforms.getAllServeEvents().stream()
			.filter(e -> e.getRequest().getUrl().equals("/oauth/token")).findFirst().orElseThrow());
		assertThat(exchanged).containsEntry("client_id", "dandelion-mastodon-client")
			.containsEntry("client_secret", "mastodon-client-secret-1").containsEntry("grant_type", "authorization_code")
			.containsEntry("code", "mastodon-code");
		assertThat(challenge(exchanged.get("code_verifier"))).isEqualTo(query.get("code_challenge"));
		var channel = directory.ofUnits(List.of(org.fr)).get(0);
		assertThat(channel.platform()).isEqualTo("mastodon");
		assertThat(channel.handle()).isEqualTo("@acme_fr");
		assertThat(channel.externalId()).isEqualTo("109000000000000042");
		assertThat(channel.tokenExpiresAt()).as("Mastodon tokens do not expire").isNull();
		assertThat(vault.open(channel.id())).containsOnlyKeys("access_token");

		platforms.stubFor(WireMock.get(urlPathEqualTo("/api/v1/notifications"))
			.withHeader("Authorization", equalTo("Bearer mastodon-access-9f2c")).willReturn(okJson("[]")));
		var opened = registry.open(channel.id());
		assertThat(opened.connector().poll(opened.account(), null).items()).isEmpty();
		platforms.verify(WireMock.getRequestedFor(urlPathEqualTo("/api/v1/notifications")));
		assertThat(actions()).contains("channel.connect-started", "channel.created", "channel.connected");
		assertThat(audited().toString()).doesNotContain("mastodon-access-9f2c").doesNotContain("mastodon-client-secret-1");
	}

	@Test
	void aFacebookPageConnectsWithItsOwnPageTokenAndAnswersWithIt() throws Exception {
		org.as(org.frManager);
		URI redirect = start("/channels/connect/facebook?team=" + org.frCommunity);
		Map<String, String> query = query(redirect);
		assertThat(redirect.getPath()).isEqualTo("/v21.0/dialog/oauth");
		assertThat(query).containsEntry("client_id", "dandelion-meta-app").containsEntry("code_challenge_method", "S256")
			.containsEntry("scope", "pages_show_list,pages_read_engagement,pages_read_user_content,"
					+ "pages_manage_engagement,pages_manage_metadata");
		stubFacebookSignIn("""
				{"data":[{"id":"104000000000001","name":"Acme France","access_token":"fb-page-token-77",
				  "category":"Telecommunication","tasks":["MODERATE","CREATE_CONTENT","MANAGE"]}],
				 "paging":{"cursors":{"before":"QVFI","after":"QVFJ"}}}""");

		callback(query.get("state"), "fb-code").andExpect(status().isFound());

		ServeEvent exchange = platforms.getAllServeEvents().stream()
			.filter(e -> e.getRequest().getMethod().getName().equals("POST")
					&& e.getRequest().getUrl().equals("/v21.0/oauth/access_token"))
			.findFirst().orElseThrow();
		assertThat(form(exchange)).containsEntry("client_id", "dandelion-meta-app")
			.containsEntry("client_secret", "meta-app-secret-1").containsEntry("code", "fb-code")
			.containsEntry("redirect_uri", "http://localhost/channels/connect/callback");
		assertThat(exchange.getRequest().containsHeader("Authorization")).as("no HTTP Basic at Meta").isFalse();
		var channel = directory.ofUnits(List.of(org.fr)).get(0);
		assertThat(channel.platform()).isEqualTo("facebook");
		assertThat(channel.externalId()).isEqualTo("104000000000001");
		assertThat(channel.handle()).isEqualTo("Acme France");
		assertThat(channel.tokenExpiresAt()).as("a Page token from a long-lived user token does not expire").isNull();
		assertThat(vault.open(channel.id())).containsExactly(Map.entry("access_token", "fb-page-token-77"));

		platforms.stubFor(post(urlPathEqualTo("/v21.0/222_333/comments"))
			.withHeader("Authorization", equalTo("Bearer fb-page-token-77")).willReturn(okJson("{\"id\":\"222_335\"}")));
		var opened = registry.open(channel.id());
		assertThat(opened.connector().reply(opened.account(), "222_333", null, "We are on it").externalId())
			.isEqualTo("222_335");
		assertThat(audited().toString()).doesNotContain("fb-page-token-77").doesNotContain("fb-user-")
			.doesNotContain("meta-app-secret-1");
	}

	@Test
	void aFacebookSignInGrantingSeveralPagesConnectsNoneAndSaysWhy() throws Exception {
		org.as(org.frManager);
		String state = query(start("/channels/connect/facebook?team=" + org.frCommunity)).get("state");
		stubFacebookSignIn("""
				{"data":[{"id":"104000000000001","name":"Acme France","access_token":"fb-page-token-77"},
				         {"id":"104000000000002","name":"Acme Belgique","access_token":"fb-page-token-78"}]}""");

		callback(state, "fb-code").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("granted 2 of them (Acme France, Acme Belgique)")));

		assertThat(directory.ofUnits(List.of(org.fr))).isEmpty();
		assertThat(actions()).contains("channel.connect-failed");
	}

	@Test
	void anInstagramAccountConnectsThroughItsPage() throws Exception {
		org.as(org.frManager);
		Map<String, String> query = query(start("/channels/connect/instagram?team=" + org.frCommunity));
		assertThat(query.get("scope")).contains("instagram_manage_comments");
		stubFacebookSignIn("""
				{"data":[{"id":"104000000000001","name":"Acme France","access_token":"fb-page-token-77",
				  "instagram_business_account":{"id":"17841400000000001","username":"acme.france"}},
				 {"id":"104000000000002","name":"Acme Blog","access_token":"fb-page-token-78"}]}""");

		callback(query.get("state"), "fb-code").andExpect(status().isFound());

		var channel = directory.ofUnits(List.of(org.fr)).get(0);
		assertThat(channel.platform()).isEqualTo("instagram");
		assertThat(channel.externalId()).isEqualTo("17841400000000001");
		assertThat(channel.handle()).isEqualTo("@acme.france");
		assertThat(vault.open(channel.id())).containsEntry("access_token", "fb-page-token-77");
	}

	@Test
	void aTokenEndpointThatRefusesTheCodeIsReportedAndStoresNothing() throws Exception {
		org.as(org.frManager);
		String state = query(start("/channels/connect/x?team=" + org.frCommunity)).get("state");
		platforms.stubFor(post(urlPathEqualTo("/2/oauth2/token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Value passed for the authorization code was invalid.\"}")));

		callback(state, "stale-code").andExpect(status().isBadGateway())
			.andExpect(content().string(containsString("authorization code was invalid")));

		assertThat(directory.ofUnits(List.of(org.fr))).isEmpty();
		assertThat(actions()).contains("channel.connect-failed");
	}

	private ResultActions page() throws Exception {
		return mvc.perform(get("/channels").with(user("someone")).session(session)).andExpect(status().isOk());
	}

	private URI start(String path) throws Exception {
		String location = mvc.perform(get(path).with(user("someone")).session(session)).andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		return URI.create(location);
	}

	private ResultActions callback(String state, String code) throws Exception {
		return callback(state, code, null);
	}

	private ResultActions callback(String state, String code, String error) throws Exception {
		var request = get("/channels/connect/callback").param("state", state).with(user("someone")).session(session);
		if (code != null) {
			request.param("code", code);
		}
		if (error != null) {
			request.param("error", error);
		}
		return mvc.perform(request);
	}

	/** Meta's side of a sign-in: the code exchange, the long-lived user token, and the Pages granted. */
	private void stubFacebookSignIn(String accounts) {
		platforms.stubFor(post(urlPathEqualTo("/v21.0/oauth/access_token"))
			.willReturn(okJson("{\"access_token\":\"fb-user-short\",\"token_type\":\"bearer\",\"expires_in\":5183}")));
		platforms.stubFor(WireMock.get(urlPathEqualTo("/v21.0/oauth/access_token"))
			.withQueryParam("grant_type", equalTo("fb_exchange_token"))
			.withQueryParam("client_id", equalTo("dandelion-meta-app"))
			.withQueryParam("client_secret", equalTo("meta-app-secret-1"))
			.withQueryParam("fb_exchange_token", equalTo("fb-user-short"))
			.willReturn(okJson("{\"access_token\":\"fb-user-long\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		platforms.stubFor(WireMock.get(urlPathEqualTo("/v21.0/me/accounts"))
			.withHeader("Authorization", equalTo("Bearer fb-user-long")).willReturn(okJson(accounts)));
	}

	private void stubXToken(int expiresIn) {
		platforms.stubFor(post(urlPathEqualTo("/2/oauth2/token")).willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":"
				+ expiresIn + ",\"access_token\":\"" + ACCESS + "\",\"scope\":\"tweet.read users.read offline.access\","
				+ "\"refresh_token\":\"" + REFRESH + "\"}")));
	}

	private void stubXUser(String id, String username) {
		platforms.stubFor(WireMock.get(urlPathEqualTo("/2/users/me")).willReturn(
				okJson("{\"data\":{\"id\":\"" + id + "\",\"name\":\"Acme\",\"username\":\"" + username + "\"}}")));
	}

	private List<AuditEntry> audited() {
		ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
		verify(audit, atLeastOnce()).record(entries.capture());
		return entries.getAllValues();
	}

	private List<String> actions() {
		return audited().stream().map(AuditEntry::action).toList();
	}

	private List<String> violations(String spec, String... prefixes) {
		List<ServeEvent> events = platforms.getAllServeEvents().stream()
			.filter(e -> Arrays.stream(prefixes).anyMatch(p -> e.getRequest().getUrl().startsWith(p)))
			.toList();
		return OpenApiContract.load(spec).violations(events);
	}

	private static Map<String, String> query(URI uri) {
		return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
	}

	private static Map<String, String> form(ServeEvent event) {
		return query(URI.create("http://x/?" + event.getRequest().getBodyAsString()));
	}

	private static String challenge(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}
}
