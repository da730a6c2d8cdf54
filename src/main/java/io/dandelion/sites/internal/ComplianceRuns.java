package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every site's compliance checks: nightly on a schedule ({@code dandelion.sites.checks.cron},
 * default 02:30 in {@code dandelion.sites.checks.zone}, default UTC), and when the hub asks. A run only
 * records results; it never blocks or unpublishes anything. With several nodes one runs each slot.
 */
@Component
public class ComplianceRuns {

	private static final Logger log = LoggerFactory.getLogger(ComplianceRuns.class);

	/** The latest run: when, how many sites, how many could not be checked. */
	public record Run(Instant startedAt, Instant finishedAt, String trigger, int sites, int failed) {
	}

	private final JdbcClient jdbc;
	private final Sites sites;
	private final Publishing publishing;
	private final AuditLog audit;

	ComplianceRuns(JdbcClient jdbc, Sites sites, Publishing publishing, AuditLog audit) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.publishing = publishing;
		this.audit = audit;
	}

	@Scheduled(cron = "${dandelion.sites.checks.cron:0 30 2 * * *}", zone = "${dandelion.sites.checks.zone:UTC}")
	void nightly() {
		run(Instant.now().truncatedTo(ChronoUnit.MINUTES), "SCHEDULE", "system");
	}

	/** Checks every site now, for the hub. */
	boolean runNow(AccessScope scope) {
		Blueprints.requireHub(scope);
		return run(Instant.now(), "MANUAL", scope.actor());
	}

	/** Checks every site unless another node took this slot; false when it did. */
	boolean run(Instant slot, String trigger, String actor) {
		var run = jdbc.sql("""
				insert into site_check_run (slot, trigger, started_by) values (?, ?, ?)
				on conflict (slot) do nothing returning id""")
			.params(slot.atOffset(java.time.ZoneOffset.UTC), trigger, actor)
			.query(Long.class)
			.optional();
		if (run.isEmpty()) {
			return false;
		}
		int checked = 0;
		int failed = 0;
		for (var site : sites.all()) {
			try {
				publishing.check(site);
				checked++;
			}
			catch (RuntimeException e) {
				failed++;
				log.warn("could not check site {}: {}", site.id(), e.getMessage());
			}
		}
		jdbc.sql("update site_check_run set finished_at = now(), sites = ?, failed = ? where id = ?")
			.params(checked, failed, run.get())
			.update();
		audit.record(new AuditEntry(actor, "sites.checks.run", null, "site-check-run", run.get().toString(), null,
				Map.of("trigger", trigger, "sites", checked, "failed", failed)));
		return true;
	}

	Optional<Run> latest() {
		return jdbc.sql("""
				select started_at, finished_at, trigger, sites, failed from site_check_run
				where finished_at is not null order by finished_at desc limit 1""")
			.query((rs, n) -> new Run(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getInt(4), rs.getInt(5)))
			.optional();
	}
}
