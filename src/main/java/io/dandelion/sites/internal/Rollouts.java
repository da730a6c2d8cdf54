package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rollouts of a blueprint version, the hub's alone: a dry run plans every site (what changes, which of
 * its own texts conflict) without changing anything; the run upgrades site by site, each in its own
 * transaction with a snapshot, in the background while the page polls progress; a rollback puts the
 * snapshots back, for the whole rollout or one site. A run interrupted by a restart resumes.
 */
@Component
class Rollouts {

	private final Blueprints blueprints;
	private final Sites sites;
	private final SitePages pages;
	private final RegionOverrides overrides;
	private final SiteUpgrades upgrades;
	private final RolloutRecords records;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Executor background = new SimpleAsyncTaskExecutor("rollout-");

	Rollouts(Blueprints blueprints, Sites sites, SitePages pages, RegionOverrides overrides, SiteUpgrades upgrades,
			RolloutRecords records, AuditLog audit, TransactionTemplate transactions) {
		this.blueprints = blueprints;
		this.sites = sites;
		this.pages = pages;
		this.overrides = overrides;
		this.upgrades = upgrades;
		this.records = records;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** The dry run: plans the upgrade of the blueprint's sites behind {@code version} (or of {@code only}). */
	Rollout plan(AccessScope scope, BlueprintId blueprint, int version, @Nullable Collection<SiteId> only) {
		Blueprints.requireHub(scope);
		var target = blueprints.require(blueprint, version);
		if (!target.published()) {
			throw new SitesException.Invalid("version " + version + " of " + target.name() + " is not published yet");
		}
		var behind = sites.visible(scope)
			.stream()
			.filter(s -> s.blueprint().equals(blueprint) && s.blueprintVersion() < version)
			.filter(s -> only == null || only.contains(s.id()))
			.toList();
		if (only != null && behind.size() != only.size()) {
			throw new SitesException.Invalid("every chosen site must use " + target.name() + " at a version below " + version);
		}
		if (behind.isEmpty()) {
			throw new SitesException.Invalid("no site of " + target.name() + " is behind version " + version);
		}
		var id = RolloutId.random();
		transactions.executeWithoutResult(status -> {
			records.insert(id, blueprint, version, scope.actor());
			for (var site : behind) {
				records.insertStep(id, site, plan(site, version, target.definition()));
			}
			audit.record(new AuditEntry(scope.actor(), "sites.rollout.planned", null, "rollout", id.toString(), null,
					Map.of("blueprint", target.name(), "version", version, "sites", behind.size())));
		});
		return records.find(id).orElseThrow();
	}

	/** Starts the run in the background; {@link #find} shows its progress. */
	Rollout run(AccessScope scope, RolloutId id) {
		var rollout = find(scope, id);
		try {
			transactions.executeWithoutResult(status -> {
				if (!records.move(id, Rollout.Status.PLANNED, Rollout.Status.RUNNING, scope.actor())) {
					throw new SitesException.Conflict("the rollout is " + rollout.status().name().toLowerCase() + ", not planned");
				}
				audit.record(new AuditEntry(scope.actor(), "sites.rollout.started", null, "rollout", id.toString(), null,
						Map.of("blueprint", rollout.blueprintName(), "version", rollout.targetVersion())));
			});
		}
		catch (DuplicateKeyException e) {
			throw new SitesException.Conflict("another rollout of " + rollout.blueprintName() + " is running; wait for it");
		}
		background.execute(() -> execute(id));
		return find(scope, id);
	}

	/** Rolls back every upgraded site in the background, or only {@code site}, at once. */
	Rollout rollBack(AccessScope scope, RolloutId id, @Nullable SiteId site) {
		var rollout = find(scope, id);
		if (rollout.status() != Rollout.Status.DONE) {
			throw new SitesException.Conflict("only a finished rollout can be rolled back; this one is "
					+ rollout.status().name().toLowerCase());
		}
		if (site != null) {
			if (!records.sites(id, Rollout.StepStatus.UPGRADED).contains(site)) {
				throw new SitesException.Invalid("site " + site + " was not upgraded by this rollout");
			}
			restore(id, site, scope.actor());
			finishRollback(id, Rollout.Status.DONE, scope.actor());
			return find(scope, id);
		}
		try {
			transactions.executeWithoutResult(status -> {
				if (!records.move(id, Rollout.Status.DONE, Rollout.Status.ROLLING_BACK, scope.actor())) {
					throw new SitesException.Conflict("the rollout changed meanwhile; reload it");
				}
				audit.record(new AuditEntry(scope.actor(), "sites.rollout.rollback-started", null, "rollout",
						id.toString(), null, Map.of("blueprint", rollout.blueprintName(), "version", rollout.targetVersion())));
			});
		}
		catch (DuplicateKeyException e) {
			throw new SitesException.Conflict("another rollout of " + rollout.blueprintName() + " is running; wait for it");
		}
		background.execute(() -> executeRollback(id));
		return find(scope, id);
	}

	Rollout find(AccessScope scope, RolloutId id) {
		Blueprints.requireHub(scope);
		return records.find(id).orElseThrow(() -> new SitesException.NotFound("no rollout " + id));
	}

	List<Rollout> recent(AccessScope scope) {
		Blueprints.requireHub(scope);
		return records.recent(50);
	}

	/** Resumes what a restart interrupted; another node resuming the same rollout skips the sites this one holds. */
	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		records.withStatus(Rollout.Status.RUNNING).forEach(id -> background.execute(() -> execute(id)));
		records.withStatus(Rollout.Status.ROLLING_BACK).forEach(id -> background.execute(() -> executeRollback(id)));
	}

	void execute(RolloutId id) {
		String actor = records.actor(id, Rollout.Status.RUNNING);
		for (var site : records.sites(id, Rollout.StepStatus.PENDING)) {
			try {
				transactions.executeWithoutResult(status -> upgrade(id, site, actor));
			}
			catch (RuntimeException e) {
				transactions.executeWithoutResult(status -> records.step(id, site, Rollout.StepStatus.FAILED,
						"not upgraded: " + e.getMessage()));
			}
		}
		transactions.executeWithoutResult(status -> {
			if (records.sites(id, Rollout.StepStatus.PENDING).isEmpty()
					&& records.move(id, Rollout.Status.RUNNING, Rollout.Status.DONE, null)) {
				var progress = records.find(id).orElseThrow().progress();
				audit.record(new AuditEntry(actor, "sites.rollout.finished", null, "rollout", id.toString(), null,
						Map.of("upgraded", progress.upgraded(), "failed", progress.failed())));
			}
		});
	}

	void executeRollback(RolloutId id) {
		String actor = records.actor(id, Rollout.Status.ROLLING_BACK);
		for (var site : records.sites(id, Rollout.StepStatus.UPGRADED)) {
			try {
				restore(id, site, actor);
			}
			catch (RuntimeException e) {
				transactions.executeWithoutResult(status -> records.step(id, site, Rollout.StepStatus.UPGRADED,
						"not rolled back: " + e.getMessage()));
			}
		}
		finishRollback(id, Rollout.Status.ROLLING_BACK, actor);
	}

	private void upgrade(RolloutId id, SiteId siteId, String actor) {
		var step = records.lockStep(id, siteId, Rollout.StepStatus.PENDING);
		if (step.isEmpty()) {
			return;
		}
		var site = sites.lock(siteId);
		var rollout = records.find(id).orElseThrow();
		if (site.blueprintVersion() != step.get().fromVersion()) {
			records.step(id, siteId, Rollout.StepStatus.FAILED, "the site is at version " + site.blueprintVersion()
					+ " now, not " + step.get().fromVersion() + " as in the dry run");
			return;
		}
		var target = blueprints.require(rollout.blueprint(), rollout.targetVersion());
		var plan = plan(site, target.number(), target.definition());
		var snapshot = upgrades.snapshot(site);
		upgrades.upgrade(site, target.number(), target.definition(), actor);
		records.upgraded(id, siteId, plan, snapshot);
		audit.record(new AuditEntry(actor, "sites.site.upgraded", site.unit(), "site", siteId.toString(),
				Map.of("blueprintVersion", site.blueprintVersion()),
				Map.of("blueprintVersion", target.number(), "rollout", id.toString(), "conflicts", plan.conflicts().size())));
	}

	private void restore(RolloutId id, SiteId siteId, String actor) {
		transactions.executeWithoutResult(status -> {
			var step = records.lockStep(id, siteId, Rollout.StepStatus.UPGRADED);
			if (step.isEmpty() || step.get().snapshot() == null) {
				return;
			}
			var site = sites.lock(siteId);
			var rollout = records.find(id).orElseThrow();
			if (site.blueprintVersion() != rollout.targetVersion()) {
				throw new SitesException.Conflict("the site moved to version " + site.blueprintVersion()
						+ " since; roll that back first");
			}
			upgrades.restore(site, step.get().snapshot(), actor);
			records.step(id, siteId, Rollout.StepStatus.ROLLED_BACK, null);
			audit.record(new AuditEntry(actor, "sites.site.rolled-back", site.unit(), "site", siteId.toString(),
					Map.of("blueprintVersion", site.blueprintVersion()),
					Map.of("blueprintVersion", step.get().snapshot().blueprintVersion(), "rollout", id.toString())));
		});
	}

	/** Once no site is left upgraded the rollout is rolled back; otherwise it is done again (and may be retried). */
	private void finishRollback(RolloutId id, Rollout.Status from, String actor) {
		transactions.executeWithoutResult(status -> {
			boolean all = records.sites(id, Rollout.StepStatus.UPGRADED).isEmpty();
			var to = all ? Rollout.Status.ROLLED_BACK : Rollout.Status.DONE;
			if (from != to && records.move(id, from, to, null) && all) {
				audit.record(new AuditEntry(actor, "sites.rollout.rolled-back", null, "rollout", id.toString(), null,
						Map.of("rolledBack", records.sites(id, Rollout.StepStatus.ROLLED_BACK).size())));
			}
		});
	}

	private RolloutPlan plan(Site site, int version, BlueprintDefinition target) {
		var current = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
		return BlueprintChanges.plan(site, site.blueprintVersion(), current, version, target, pages.list(site),
				overrides.list(site));
	}
}
