package io.dandelion.channels;

import io.dandelion.audit.AuditLog;
import io.dandelion.channels.connector.ConnectorRegistry;
import io.dandelion.channels.internal.ChannelAdministration;
import io.dandelion.channels.internal.ChannelAdministration.NewChannel;
import io.dandelion.channels.polling.ChannelPoller;
import io.dandelion.channels.polling.PollLeases;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Teams;
import io.dandelion.organisation.Units;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What a channels test sets up and reads back: the test organisation, channels in its France, a
 * poller with the real leases, connectors and sink, signed deliveries to the items endpoint, and a
 * channel's columns and messages.
 */
@TestComponent
public class ChannelFixtures {

	private final ChannelAdministration administration;
	private final Supplier<TestOrganisation> organisations;
	private final BiFunction<String, ItemSink, ChannelPoller> pollers;
	private final ItemSink sink;
	private final JdbcClient jdbc;
	private final MockMvc mvc;

	ChannelFixtures(ChannelAdministration administration, CurrentAccess access, Units units, Teams teams,
			JdbcClient jdbc, PollLeases leases, ConnectorRegistry registry, ItemSink sink, AuditLog audit, MockMvc mvc) {
		this.administration = administration;
		this.organisations = () -> new TestOrganisation(units, teams, access);
		this.pollers = (node, into) -> new ChannelPoller(node, leases, registry, into, audit, Clock.systemUTC());
		this.sink = sink;
		this.jdbc = jdbc;
		this.mvc = mvc;
	}

	/** A fresh test organisation in the mocks of units, teams and the caller's access. */
	public TestOrganisation organisation() {
		return organisations.get();
	}

	/** A poller as one node runs it. */
	public ChannelPoller poller() {
		return poller("test-node");
	}

	/** The poller of the node so named, with the real leases, connectors and sink. */
	public ChannelPoller poller(String node) {
		return poller(node, sink);
	}

	/** The poller of the node so named, handing what it fetches to {@code into} (e.g. a sink that fails). */
	public ChannelPoller poller(String node, ItemSink into) {
		return pollers.apply(node, into);
	}

	/** A channel of France's community team, connected by the hub admin. */
	public ChannelId connect(TestOrganisation org, String platform, String handle, Map<String, String> credentials) {
		return connect(org, platform, handle, null, credentials);
	}

	/** A channel of France's community team with the platform's id of the account, connected by the hub admin. */
	public ChannelId connect(TestOrganisation org, String platform, String handle, @Nullable String externalId,
			Map<String, String> credentials) {
		return administration.create(org.hubAdmin,
				new NewChannel(org.fr, org.frCommunity, platform, handle, externalId, credentials));
	}

	/** A {@code webhook} channel of a fresh handle whose deliveries are signed with {@code secret}. */
	public ChannelId webhookChannel(TestOrganisation org, String secret) {
		return connect(org, "webhook", "hook-" + System.nanoTime(), Map.of("webhook_secret", secret));
	}

	/** Posts {@code body} as NDJSON to the channel's items endpoint, signed with {@code secret}. */
	public ResultActions deliver(ChannelId channel, byte[] body, String secret) throws Exception {
		return deliverSigned(channel, body, signature(secret, body));
	}

	/** {@link #deliver(ChannelId, byte[], String)} of a text in UTF-8. */
	public ResultActions deliver(ChannelId channel, String body, String secret) throws Exception {
		return deliver(channel, body.getBytes(StandardCharsets.UTF_8), secret);
	}

	/** Posts {@code body} as NDJSON to the channel's items endpoint with this signature header, or none when null. */
	public ResultActions deliverSigned(ChannelId channel, byte[] body, @Nullable String signature) throws Exception {
		var request = MockMvcRequestBuilders.post("/api/v1/channels/" + channel + "/items")
			.contentType("application/x-ndjson")
			.content(body);
		if (signature != null) {
			request.header("X-Dandelion-Signature", signature);
		}
		return mvc.perform(request);
	}

	/** The {@code X-Dandelion-Signature} (and Meta's {@code X-Hub-Signature-256}) value of a body: {@code sha256=<hex>}. */
	public static String signature(String secret, byte[] body) {
		return "sha256=" + hmac(secret, body);
	}

	/** {@link #signature(String, byte[])} of a text in UTF-8. */
	public static String signature(String secret, String body) {
		return signature(secret, body.getBytes(StandardCharsets.UTF_8));
	}

	/** The HMAC-SHA256 of the raw body keyed with the secret, in lower-case hex. */
	public static String hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One column of the channel's row, as text (null when null). */
	public String column(ChannelId channel, String column) {
		return jdbc.sql("select " + column + " from channel where id = ?")
			.param(channel.value())
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	/** How many messages the channel's conversations hold. */
	public int messages(ChannelId channel) {
		return jdbc.sql("select count(*) from message where channel_id = ?").param(channel.value()).query(Integer.class).single();
	}
}
