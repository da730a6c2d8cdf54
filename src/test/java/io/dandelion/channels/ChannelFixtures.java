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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a channels test sets up and reads back: the test organisation, channels in its France, a
 * poller with the real leases, connectors and sink, and a channel's columns.
 */
@TestComponent
public class ChannelFixtures {

	private final ChannelAdministration administration;
	private final Supplier<TestOrganisation> organisations;
	private final Supplier<ChannelPoller> pollers;
	private final JdbcClient jdbc;

	ChannelFixtures(ChannelAdministration administration, CurrentAccess access, Units units, Teams teams,
			JdbcClient jdbc, PollLeases leases, ConnectorRegistry registry, ItemSink sink, AuditLog audit) {
		this.administration = administration;
		this.organisations = () -> new TestOrganisation(units, teams, access);
		this.pollers = () -> new ChannelPoller("test-node", leases, registry, sink, audit, Clock.systemUTC());
		this.jdbc = jdbc;
	}

	/** A fresh test organisation in the mocks of units, teams and the caller's access. */
	public TestOrganisation organisation() {
		return organisations.get();
	}

	/** A poller as one node runs it. */
	public ChannelPoller poller() {
		return pollers.get();
	}

	/** A channel of France's community team, connected by the hub admin. */
	public ChannelId connect(TestOrganisation org, String platform, String handle, Map<String, String> credentials) {
		return administration.create(org.hubAdmin,
				new NewChannel(org.fr, org.frCommunity, platform, handle, null, credentials));
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
