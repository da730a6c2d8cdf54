package io.dandelion.moderation.internal;

import io.dandelion.moderation.EffectiveRule;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue, the policy pages (the cascade, own rules, editing) and simulations with their progress. */
@Controller
class ModerationPages {

	private final Reviews reviews;
	private final PolicyAdministration policies;
	private final Simulations simulations;
	private final Units units;
	private final CurrentAccess access;

	ModerationPages(Reviews reviews, PolicyAdministration policies, Simulations simulations, Units units,
			CurrentAccess access) {
		this.reviews = reviews;
		this.policies = policies;
		this.simulations = simulations;
		this.units = units;
		this.access = access;
	}

	@GetMapping("/moderation/reviews")
	String reviews(@RequestParam(required = false) @Nullable String queue, Model model) {
		AccessScope scope = access.get();
		model.addAttribute("rows", reviews.open(scope, queue == null || queue.isBlank() ? null : queue.trim(), 200)
			.stream()
			.map(r -> new ModerationViews.ReviewRow(r.id().toString(), unitName(r.unit()), r.queue(), r.platform(),
					r.language(), r.status().name().toLowerCase(Locale.ROOT),
					r.status() == io.dandelion.moderation.ReviewItem.Status.AWAITING_SECOND_PERSON, r.reasons(), r.text(),
					r.decisions().stream().map(d -> d.moderator() + ": " + d.verdict().name().toLowerCase(Locale.ROOT)
							+ " (" + d.reasonCode() + ")" + (d.note() == null ? "" : " " + d.note())).toList(),
					r.createdAt().toString()))
			.toList());
		Map<String, List<String>> codes = new TreeMap<>();
		reviews.codes().codes().forEach((v, set) -> codes.put(v.name().toLowerCase(Locale.ROOT), set.stream().sorted().toList()));
		model.addAttribute("choices", new ModerationViews.Choices(codes));
		model.addAttribute("queue", queue == null ? "" : queue);
		return "moderation/reviews";
	}

	@PostMapping("/moderation/reviews/{id}/decisions")
	String decide(@PathVariable UUID id, @RequestParam String decision, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		return attempt(redirect, "/moderation/reviews", () -> {
			String[] parts = decision.split(":", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("choose a verdict with its reason code");
			}
			var item = reviews.decide(access.get(), id, ReviewsApi.verdict(parts[0]), parts[1], note);
			redirect.addFlashAttribute("message", "Decided: the item is now " + item.status().name().toLowerCase(Locale.ROOT) + ".");
			return "/moderation/reviews";
		});
	}

	@GetMapping("/moderation/policies")
	String policies(Model model) {
		AccessScope scope = access.get();
		model.addAttribute("units", policies.readable(scope).stream()
			.map(u -> new ModerationViews.PolicyUnit(u.id().toString(), u.name(), units.ancestors(u.id()).size(),
					scope.can(io.dandelion.organisation.Permission.POLICIES_MANAGE, u.id())))
			.toList());
		return "moderation/policies";
	}

	@GetMapping("/moderation/policies/{unit}")
	String policy(@PathVariable UUID unit, Model model) {
		var view = policies.view(access.get(), new UnitId(unit));
		model.addAttribute("page", new ModerationViews.PolicyPage(view.unit().id().toString(), view.unit().name(),
				view.path().stream().map(UnitSummary::name).toList(), view.version(),
				view.savedBy() == null ? "" : view.savedBy(), view.editable(),
				view.effective().rules().stream().map(r -> row(r, view.unit().id())).toList(),
				RuleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(view.rules())));
		return "moderation/policy";
	}

	@PostMapping("/moderation/policies/{unit}")
	String save(@PathVariable UUID unit, @RequestParam String rules, @RequestParam int basedOn,
			RedirectAttributes redirect) {
		String back = "/moderation/policies/" + unit;
		return attempt(redirect, back, () -> {
			int version = policies.save(access.get(), new UnitId(unit), basedOn,
					RuleJson.rules(RuleJson.MAPPER.readTree(rules)));
			redirect.addFlashAttribute("message", "Saved as version " + version + ".");
			return back;
		});
	}

	@PostMapping("/moderation/policies/{unit}/simulations")
	String simulate(@PathVariable UUID unit, @RequestParam String rules, @RequestParam(defaultValue = "7") int days,
			RedirectAttributes redirect) {
		return attempt(redirect, "/moderation/policies/" + unit, () -> "/moderation/simulations/"
				+ simulations.start(access.get(), new UnitId(unit), RuleJson.rules(RuleJson.MAPPER.readTree(rules)), days).id);
	}

	@GetMapping("/moderation/simulations/{id}")
	String simulation(@PathVariable UUID id, Model model) {
		model.addAttribute("page", simulationPage(id));
		return "moderation/simulation";
	}

	/** The progress and findings alone, polled by the page until the run finished. */
	@GetMapping("/moderation/simulations/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("page", simulationPage(id));
		return "moderation/progress";
	}

	private ModerationViews.SimulationPage simulationPage(UUID id) {
		var run = simulations.find(access.get(), id)
			.orElseThrow(() -> ModerationException.notFound("no simulation " + id));
		var now = run.current.report();
		var draft = run.draft.report();
		return new ModerationViews.SimulationPage(run.id.toString(), run.unit.toString(), unitName(run.unit), run.days,
				draft.percentDone(), draft.seen(), draft.expected(), run.finished, run.failure == null ? "" : run.failure,
				new TreeMap<>(now.actions()), new TreeMap<>(draft.actions()), run.changed, run.changes());
	}

	private ModerationViews.RuleRow row(EffectiveRule rule, UnitId here) {
		return new ModerationViews.RuleRow(rule.rule().key(), rule.rule().name(), unitName(rule.owner()),
				rule.owner().equals(here), rule.overrides() == null ? "" : unitName(rule.overrides()), rule.rule().locked(),
				rule.rule().enabled(), rule.rule().conditions().stream().map(RuleJson::write).toList(),
				rule.rule().actions().stream().map(RuleJson::write).toList());
	}

	private String unitName(UnitId unit) {
		return units.find(unit).map(UnitSummary::name).orElse(unit.toString());
	}

	/** Runs a form action; a refusal the caller can fix goes back to the form with the reason. */
	private static String attempt(RedirectAttributes redirect, String back, Supplier<String> action) {
		try {
			return "redirect:" + action.get();
		}
		catch (ModerationException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("error", e.getMessage());
		}
		catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:" + back;
	}
}
