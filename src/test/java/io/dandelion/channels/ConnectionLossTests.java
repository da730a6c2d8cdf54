package io.dandelion.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.dandelion.channels.simulator.SimulatedTraffic;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL connections lost in the middle of ingest: while a source pushes batches through the signed
 * REST ingest, every few batches all of the application's sessions are terminated from outside
 * ({@code pg_terminate_backend}). Deliveries that fail are resent, as any source resends an unacknowledged
 * one; in the end every item is stored exactly once and the pool has recovered by itself.
 */
@ChannelsTest
class ConnectionLossTests {

	static final int BATCHES = 40;
	static final int BATCH = 50;
	static final String SECRET = "whsec-connection-loss";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ChannelFixtures fixtures;

	@Test
	void itemsPushedWhileTheDatabaseDropsTheApplicationsConnectionsAreStoredExactlyOnce() throws Exception {
		ChannelId channel = fixtures.webhookChannel(fixtures.organisation(), SECRET);
		var traffic = new SimulatedTraffic(20261203L, List.of("fr", "en", "nl"));
		String name = jdbc.sql("select current_setting('application_name')").query(String.class).single();
		assertThat(name).as("the pool names its sessions").startsWith("dandelion-t_");
		int terminated = 0;
		int resent = 0;
		try (Connection outside = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
				dataSource.getPassword())) {
			for (int batch = 0; batch < BATCHES; batch++) {
				if (batch % 5 == 2) {
					terminated += terminate(outside, name);
				}
				byte[] body = ndjson(traffic, batch);
				int attempts = 0;
				while (!delivered(channel, body)) {
					attempts++;
					assertThat(attempts).as("batch " + batch + " is taken again once the pool recovers").isLessThan(50);
					Thread.sleep(100);
				}
				resent += attempts;
			}
		}
		assertThat(terminated).as("sessions terminated from outside").isPositive();
		assertThat(jdbc.sql("select count(*), count(distinct external_id) from message where channel_id = ?")
			.param(channel.value())
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).as("rows and distinct ids, after %d resends", resent)
			.containsExactly((long) BATCHES * BATCH, (long) BATCHES * BATCH);
		assertThat(delivered(channel, ndjson(traffic, 0))).as("the pool answers again by itself").isTrue();
	}

	/** Terminates every session of the application's pool; returns how many. */
	private static int terminate(Connection outside, String applicationName) throws Exception {
		try (var statement = outside.prepareStatement(
				"select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")) {
			statement.setString(1, applicationName);
			try (var rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	private boolean delivered(ChannelId channel, byte[] body) {
		try {
			return fixtures.deliver(channel, body, SECRET).andReturn().getResponse().getStatus() == 200;
		}
		catch (Exception failed) {
			return false; // the request failed inside the application: the source resends it
		}
	}

	private static byte[] ndjson(SimulatedTraffic traffic, int batch) {
		StringBuilder lines = new StringBuilder();
		for (InboundItem item : traffic.batch((long) batch * BATCH, BATCH)) {
			lines.append("{\"id\":\"").append(item.externalId()).append('"');
			if (item.threadExternalId() != null) {
				lines.append(",\"thread\":\"").append(item.threadExternalId()).append('"');
			}
			lines.append(",\"author\":{\"id\":\"").append(item.author().externalId()).append("\"},\"text\":")
				.append(io.dandelion.support.Hostile.quoted(item.text())).append(",\"createdAt\":\"")
				.append(item.createdAt()).append("\"}\n");
		}
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}
}
