package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sites/rollouts")
@Tag(name = "Sites: rollouts", description = "Upgrades of many sites to a new blueprint version: dry run, run with "
		+ "progress, rollback. The hub's alone: anyone else gets 403.")
class RolloutsApi {

	/** What to roll out; {@code sites} limits the rollout to some of the blueprint's sites. */
	record NewRollout(UUID blueprint, int version, @Nullable List<UUID> sites) {
	}

	/** Which site to roll back; without one, every upgraded site is. */
	record RollbackRequest(@Nullable UUID site) {
	}

	/** A rollout as the API shows it. */
	record RolloutView(UUID id, UUID blueprint, String blueprintName, int targetVersion, Rollout.Status status,
			String createdBy, Instant createdAt, @Nullable Instant finishedAt, Rollout.Progress progress, int percent,
			List<StepView> sites) {

		static RolloutView of(Rollout rollout) {
			return new RolloutView(rollout.id().value(), rollout.blueprint().value(), rollout.blueprintName(),
					rollout.targetVersion(), rollout.status(), rollout.createdBy(), rollout.createdAt(),
					rollout.finishedAt(), rollout.progress(), rollout.percent(),
					rollout.steps().stream().map(StepView::of).toList());
		}
	}

	/** One site's plan and state. */
	record StepView(UUID site, String name, UUID unit, int fromVersion, Rollout.StepStatus status,
			@Nullable String message, List<String> changes, List<RolloutPlan.Conflict> conflicts) {

		static StepView of(Rollout.Step step) {
			return new StepView(step.site().value(), step.siteName(), step.unit().value(), step.fromVersion(),
					step.status(), step.message(), step.plan().changes(), step.plan().conflicts());
		}
	}

	private final CurrentAccess access;
	private final Rollouts rollouts;

	RolloutsApi(CurrentAccess access, Rollouts rollouts) {
		this.access = access;
		this.rollouts = rollouts;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Dry run: plan the upgrade of every site behind the version (what changes, which of its "
			+ "own texts conflict); nothing changes yet")
	RolloutView plan(@RequestBody NewRollout body) {
		if (body.blueprint() == null) {
			throw new SitesException.Invalid("blueprint is required");
		}
		return RolloutView.of(rollouts.plan(access.get(), new BlueprintId(body.blueprint()), body.version(),
				body.sites() == null ? null : body.sites().stream().map(SiteId::new).toList()));
	}

	@GetMapping
	@Operation(summary = "The 50 newest rollouts")
	List<RolloutView> list() {
		return rollouts.recent(access.get()).stream().map(RolloutView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One rollout with each site's plan and state; poll it for progress while it runs")
	RolloutView get(@PathVariable String id) {
		return RolloutView.of(rollouts.find(access.get(), RolloutId.of(id)));
	}

	@PostMapping("/{id}/run")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Run a planned rollout in the background: each site is snapshotted and upgraded in its own "
			+ "transaction")
	RolloutView run(@PathVariable String id) {
		return RolloutView.of(rollouts.run(access.get(), RolloutId.of(id)));
	}

	@PostMapping("/{id}/rollback")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Put the snapshots back: of one site (at once), or of every upgraded site (in the background)")
	RolloutView rollBack(@PathVariable String id, @RequestBody(required = false) @Nullable RollbackRequest body) {
		var site = body == null || body.site() == null ? null : new SiteId(body.site());
		return RolloutView.of(rollouts.rollBack(access.get(), RolloutId.of(id), site));
	}
}
