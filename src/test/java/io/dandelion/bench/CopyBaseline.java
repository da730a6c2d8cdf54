package io.dandelion.bench;

import io.dandelion.channels.ChannelId;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.simulator.SimulatedTraffic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limit we compare against: the same message rows streamed with one {@code COPY ... FROM STDIN}
 * into a table shaped exactly like {@code message} (same columns, keys and indexes), no conflict
 * handling, no contacts or conversations, no transaction per batch.
 */
final class CopyBaseline {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CopyBaseline() {
	}

	/** Copies items 0 to {@code total} - 1 of {@code traffic} and returns the seconds it took. */
	static double run(DataSource dataSource, ChannelId channel, SimulatedTraffic traffic, int total) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (var statement = connection.createStatement()) {
				statement.execute("drop table if exists message_copy");
				statement.execute("create table message_copy (like message including all)");
			}
			long start = System.nanoTime();
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy message_copy (id, conversation_id, channel_id, external_id, direction, kind, contact_id, body, "
						+ "parent_external_id, thread_external_id, created_at, attachments, metadata) from stdin");
			var buffer = new ByteArrayOutputStream(1 << 20);
			for (int from = 0; from < total; from += 1000) {
				for (InboundItem item : traffic.batch(from, Math.min(1000, total - from))) {
					buffer.writeBytes(row(item, channel).getBytes(StandardCharsets.UTF_8));
					if (buffer.size() > (1 << 20) - 4096) {
						copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
						buffer.reset();
					}
				}
			}
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
			long rows = copy.endCopy();
			double seconds = (System.nanoTime() - start) / 1e9;
			if (rows != total) {
				throw new IllegalStateException("COPY wrote " + rows + " rows, expected " + total);
			}
			return seconds;
		}
	}

	private static String row(InboundItem item, ChannelId channel) {
		String root = item.threadExternalId() != null ? item.threadExternalId()
				: item.parentExternalId() != null ? item.parentExternalId() : item.externalId();
		return String.join("\t", timeOrdered().toString(), name(channel + root).toString(), channel.toString(),
				text(item.externalId()), item.direction().name(), item.kind().name(),
				name(item.author().externalId()).toString(), text(item.text()), text(item.parentExternalId()),
				text(item.threadExternalId()), item.createdAt().toString(), "[]",
				item.metadata().isEmpty() ? "{}" : text(JSON.writeValueAsString(item.metadata()))) + "\n";
	}

	/** Time-ordered ids like the ingest's, so that both write the primary key index the same way. */
	private static UUID timeOrdered() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return new UUID((System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL),
				(random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
	}

	private static UUID name(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}

	/** COPY's text format: backslash escapes, and \N for null. */
	private static String text(String value) {
		if (value == null) {
			return "\\N";
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}
}
