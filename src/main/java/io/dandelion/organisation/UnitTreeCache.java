package io.dandelion.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the unit tree in memory: every request asks for subtrees, and the tree changes rarely. A change
 * made on this node drops the snapshot once its transaction commits; changes made on another node are
 * seen after at most {@link #MAX_AGE}.
 */
@Component
class UnitTreeCache {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private record Snapshot(UnitTree tree, long loadedAtNanos) {
	}

	private final JdbcClient jdbc;
	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	UnitTreeCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UnitTree tree() {
		Snapshot snapshot = current.get();
		if (snapshot == null || System.nanoTime() - snapshot.loadedAtNanos() > MAX_AGE.toNanos()) {
			snapshot = new Snapshot(load(), System.nanoTime());
			current.set(snapshot);
		}
		return snapshot.tree();
	}

	/** Forgets the snapshot now and again after the current transaction commits. */
	void invalidate() {
		current.set(null);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					current.set(null);
				}
			});
		}
	}

	private UnitTree load() {
		return new UnitTree(jdbc
			.sql("select id, code, name, kind, parent_id, time_zone, languages, country_code from units")
			.query((rs, n) -> map(rs))
			.list());
	}

	static UnitSummary map(ResultSet rs) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new UnitSummary(new UnitId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), parent == null ? null : new UnitId(parent),
				rs.getString("time_zone"), strings(rs.getArray("languages")), rs.getString("country_code"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
