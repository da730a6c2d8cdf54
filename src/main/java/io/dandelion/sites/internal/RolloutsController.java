package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub's rollout pages: plan (dry run), run with live progress, roll back. */
@Controller
class RolloutsController {

	private final CurrentAccess access;
	private final Rollouts rollouts;
	private final Blueprints blueprints;
	private final SiteTexts texts;

	RolloutsController(CurrentAccess access, Rollouts rollouts, Blueprints blueprints, SiteTexts texts) {
		this.texts = texts;
		this.access = access;
		this.rollouts = rollouts;
		this.blueprints = blueprints;
	}

	@GetMapping("/sites/rollouts")
	String list(Model model) {
		model.addAttribute("t", texts);
		model.addAttribute("rollouts", rollouts.recent(access.get()));
		model.addAttribute("blueprints", blueprints.all().stream().filter(b -> b.latestPublished() > 1).toList());
		return "sites/rollouts";
	}

	@PostMapping("/sites/rollouts")
	String plan(@RequestParam String blueprint, @RequestParam int version, RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/rollouts", () -> {
			var rollout = rollouts.plan(access.get(), BlueprintId.of(blueprint), version, null);
			redirect.addFlashAttribute("message", texts.get("rollouts.planned"));
			return "/sites/rollouts/" + rollout.id();
		});
	}

	@GetMapping("/sites/rollouts/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute("t", texts);
		model.addAttribute("rollout", rollouts.find(access.get(), RolloutId.of(id)));
		return "sites/rollout";
	}

	/** The progress block alone, which the page polls while the rollout runs. */
	@GetMapping("/sites/rollouts/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("t", texts);
		model.addAttribute("rollout", rollouts.find(access.get(), RolloutId.of(id)));
		return "sites/rollout-progress";
	}

	@PostMapping("/sites/rollouts/{id}/run")
	String run(@PathVariable String id, RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/rollouts/" + id, () -> {
			rollouts.run(access.get(), RolloutId.of(id));
			redirect.addFlashAttribute("message", texts.get("rollout.running"));
			return "/sites/rollouts/" + id;
		});
	}

	@PostMapping("/sites/rollouts/{id}/rollback")
	String rollBack(@PathVariable String id, @RequestParam(defaultValue = "") String site, RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/rollouts/" + id, () -> {
			rollouts.rollBack(access.get(), RolloutId.of(id), site.isBlank() ? null : SiteId.of(site));
			redirect.addFlashAttribute("message", texts.get(site.isBlank() ? "rollout.rolling-back-all" : "rollout.rolled-back-one"));
			return "/sites/rollouts/" + id;
		});
	}
}
