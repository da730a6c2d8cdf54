package io.dandelion.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dandelion.organisation.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class AuditChainTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	AuditFixture fixture;

	final UnitId fr = UnitId.random();

	@Autowired
	void fixture(AuditLog log, JdbcClient jdbc, TransactionTemplate transactions) {
		fixture = new AuditFixture(log, jdbc, transactions);
	}

	@BeforeEach
	void emptyTrail() {
		fixture.empty();
	}

	@Test
	void aTrailOfRecordedEntriesVerifies() {
		for (int i = 1; i <= 5; i++) {
			fixture.record("fr.admin", "member.renamed", i % 2 == 0 ? null : fr, "m" + i);
		}
		ChainReport report = trail.verify();
		assertThat(report.isIntact()).isTrue();
		assertThat(report.entriesChecked()).isEqualTo(5);
		assertThat(jdbc.sql("select sequence from audit_entry order by sequence").query(Long.class).list())
			.containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void anEmptyTrailVerifies() {
		assertThat(trail.verify()).isEqualTo(ChainReport.intact(0));
	}

	@Test
	void aChangedEntryIsNamedAsTheFirstBrokenLink() {
		for (int i = 1; i <= 5; i++) {
			fixture.record("fr.admin", "member.renamed", fr, "m" + i);
		}
		fixture.tamper("update audit_entry set after = '{\"name\": \"someone else\"}' where sequence = 3");

		ChainReport report = trail.verify();
		assertThat(report.brokenAt()).isEqualTo(3L);
		assertThat(report.entriesChecked()).isEqualTo(2);
		assertThat(report.reason()).contains("changed after it was recorded");
	}

	@Test
	void aChangedActorIsDetectedToo() {
		for (int i = 1; i <= 3; i++) {
			fixture.record("fr.admin", "member.renamed", fr, "m" + i);
		}
		fixture.tamper("update audit_entry set actor = 'nobody' where sequence = 1");
		assertThat(trail.verify().brokenAt()).isEqualTo(1L);
	}

	@Test
	void aRemovedEntryBreaksTheChainAtTheNextOne() {
		for (int i = 1; i <= 4; i++) {
			fixture.record("fr.admin", "member.renamed", fr, "m" + i);
		}
		fixture.tamper("delete from audit_entry where sequence = 2");

		ChainReport report = trail.verify();
		assertThat(report.brokenAt()).isEqualTo(3L);
		assertThat(report.reason()).contains("missing");
	}

	@Test
	void aRemovedLastEntryAndRenumberingIsCaughtByTheLink() {
		for (int i = 1; i <= 4; i++) {
			fixture.record("fr.admin", "member.renamed", fr, "m" + i);
		}
		// remove entry 2 and renumber what follows: sequence numbers close up, but entry 3 (now 2) links to the lost one
		fixture.tamper("delete from audit_entry where sequence = 2");
		fixture.tamper("update audit_entry set sequence = sequence - 1 where sequence > 2");
		assertThat(trail.verify().brokenAt()).isEqualTo(2L);
	}

	@Test
	void anEntryRewrittenWithAFreshHashIsCaughtByTheEntryAfterIt() {
		for (int i = 1; i <= 4; i++) {
			fixture.record("fr.admin", "member.renamed", fr, "m" + i);
		}
		ChainedEntry second = jdbc.sql("select * from audit_entry where sequence = 2")
			.query((rs, n) -> new ChainedEntry(2, rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
					"intruder", rs.getString("action"), null, rs.getString("subject_type"), rs.getString("subject_id"),
					null, null, rs.getString("previous_hash"), ""))
			.single();
		String forged = ChainedEntry.hashOf(2, second.recordedAt(), "intruder", second.action(), null,
				second.subjectType(), second.subjectId(), null, null, second.previousHash());
		fixture.tamper("update audit_entry set actor = 'intruder', unit_id = null, before = null, after = null, hash = ? "
				+ "where sequence = 2", forged);

		ChainReport report = trail.verify();
		assertThat(report.brokenAt()).isEqualTo(3L);
		assertThat(report.reason()).contains("does not link");
	}

	@Test
	void theTableRefusesUpdatesDeletesAndTruncation() {
		fixture.record("fr.admin", "member.renamed", fr, "m1");
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(fixture.count()).isEqualTo(1);
		assertThat(trail.verify().isIntact()).isTrue();
	}

	@Test
	void anEntryOfARolledBackChangeLeavesNoGap() {
		fixture.record("fr.admin", "member.renamed", fr, "m1");
		fixture.transactions.executeWithoutResult(status -> {
			fixture.log.record(new AuditEntry("fr.admin", "member.renamed", fr, "member", "m2", null, null));
			status.setRollbackOnly();
		});
		fixture.record("fr.admin", "member.renamed", fr, "m3");
		assertThat(trail.verify()).isEqualTo(ChainReport.intact(2));
	}

	@Test
	void concurrentAppendsKeepTheChainValid() throws Exception {
		int writers = 4;
		int each = 25;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				String actor = "writer" + w;
				tasks.add(() -> {
					for (int i = 0; i < each; i++) {
						fixture.record(actor, "member.renamed", fr, actor + "-" + i);
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(trail.verify()).isEqualTo(ChainReport.intact(writers * each));
	}

	@Test
	void jsonIsHashedAsTheDatabaseKeepsIt() {
		// key order, spacing and number forms are normalised by jsonb; the hash must survive that
		fixture.transactions.executeWithoutResult(status -> fixture.log.record(new AuditEntry("system", "unit.changed",
				fr, "unit", "u1", Map.of("z", 1, "a", List.of(1.0, 2e10, "é\u0000x".replace("\u0000", "")), "m", "<b>"),
				Map.of("nested", Map.of("b", true, "a", Map.of())))));
		assertThat(trail.verify()).isEqualTo(ChainReport.intact(1));
	}
}
