package io.dandelion.workspace.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Carries {@link LiveChange}s between application nodes over PostgreSQL {@code LISTEN/NOTIFY}.
 * {@link #publish} notifies inside the caller's transaction, so listeners hear of a change only once it
 * is committed (and never of a rolled-back one). {@link #listen} starts, once, a thread that holds one
 * connection, listens, and hands every change heard to the consumer; a broken connection is replaced.
 * The channel is named after the database schema, so that schemas sharing a server stay apart.
 */
public class LiveBus implements AutoCloseable {

	/** Payloads stay well below PostgreSQL's 8000-byte limit; bigger batches go in several notifications. */
	static final int MAX_PAYLOAD = 7000;

	private static final Logger log = LoggerFactory.getLogger(LiveBus.class);

	private static final Duration POLL = Duration.ofSeconds(2);

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Consumer<LiveChange> consumer;
	private final String channel;
	private volatile boolean closed;
	private volatile boolean listening;
	private @Nullable Thread listener;

	public LiveBus(DataSource dataSource, Consumer<LiveChange> consumer) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.consumer = consumer;
		String schema = jdbc.sql("select current_schema()").query(String.class).single();
		this.channel = "public".equals(schema) ? "dandelion_live" : "dandelion_live_" + schema;
	}

	/** Announces the changes to every node, when the current transaction commits (at once without one). */
	public void publish(List<LiveChange> changes) {
		for (String payload : payloads(changes)) {
			jdbc.sql("select pg_notify(?, ?)").params(channel, payload).query(rs -> {
			});
		}
	}

	/** Starts listening, unless this bus already does. */
	public synchronized void listen() {
		if (listener != null || closed) {
			return;
		}
		Thread thread = new Thread(this::run, "live-bus-" + channel);
		thread.setDaemon(true);
		thread.start();
		listener = thread;
	}

	/** Whether the listening connection is up; for tests that must not notify before anyone listens. */
	public boolean listening() {
		return listening;
	}

	private void run() {
		while (!closed) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen \"" + channel + "\"");
				}
				listening = true;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (!closed) {
					PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException e) {
				listening = false;
				if (!closed) {
					log.warn("Live bus lost its database connection, listening again in a moment: {}", e.getMessage());
					pause();
				}
			}
		}
		listening = false;
	}

	private void deliver(String payload) {
		for (String line : payload.split("\n")) {
			try {
				consumer.accept(LiveChange.decode(line));
			}
			catch (RuntimeException e) {
				log.warn("Live bus could not deliver a change: {}", e.getMessage());
			}
		}
	}

	static List<String> payloads(List<LiveChange> changes) {
		List<String> payloads = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (LiveChange change : changes) {
			String line = change.encode();
			if (current.length() > 0 && current.length() + 1 + line.length() > MAX_PAYLOAD) {
				payloads.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append('\n');
			}
			current.append(line);
		}
		if (current.length() > 0) {
			payloads.add(current.toString());
		}
		return payloads;
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		closed = true;
		Thread thread = listener;
		if (thread != null) {
			try {
				thread.join(POLL.multipliedBy(2).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
