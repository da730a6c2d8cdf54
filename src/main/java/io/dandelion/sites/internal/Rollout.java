package io.dandelion.sites.internal;

import io.dandelion.organisation.UnitId;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rollout of one blueprint version to many sites: its dry-run plan per site, and how far it got. */
public record Rollout(RolloutId id, BlueprintId blueprint, String blueprintName, int targetVersion, Status status,
		String createdBy, Instant createdAt, @Nullable Instant finishedAt, List<Step> steps) {

	public Rollout {
		steps = List.copyOf(steps);
	}

	/** PLANNED is a dry run: nothing has changed yet. */
	public enum Status {
		PLANNED, RUNNING, DONE, ROLLING_BACK, ROLLED_BACK
	}

	/** One site's part: PENDING until it is upgraded (or fails), then possibly ROLLED_BACK. */
	public enum StepStatus {
		PENDING, UPGRADED, FAILED, ROLLED_BACK
	}

	/** One site in the rollout. */
	public record Step(SiteId site, String siteName, UnitId unit, int fromVersion, RolloutPlan plan, StepStatus status,
			@Nullable String message) {
	}

	/** How many sites are in each state: what a progress bar needs. */
	public record Progress(int total, int pending, int upgraded, int failed, int rolledBack) {

	}

	/** How far the current run (or rollback) got, 0 to 100. */
	public int percent() {
		var p = progress();
		if (status == Status.ROLLING_BACK || status == Status.ROLLED_BACK) {
			int touched = p.upgraded() + p.rolledBack();
			return touched == 0 ? 100 : p.rolledBack() * 100 / touched;
		}
		return p.total() == 0 ? 100 : (p.total() - p.pending()) * 100 / p.total();
	}

	public Progress progress() {
		return new Progress(steps.size(), count(StepStatus.PENDING), count(StepStatus.UPGRADED), count(StepStatus.FAILED),
				count(StepStatus.ROLLED_BACK));
	}

	public boolean active() {
		return status == Status.RUNNING || status == Status.ROLLING_BACK;
	}

	private int count(StepStatus status) {
		return (int) steps.stream().filter(s -> s.status() == status).count();
	}
}
