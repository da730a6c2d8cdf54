package io.dandelion.analytics.alerts;

import io.dandelion.analytics.web.AnalyticsTexts;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.UiLanguages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alerts page ({@code /reports/alerts}): the alerts raised in the caller's units, their thresholds, and a
 * form to set and remove thresholds on the units where the caller holds {@code POLICIES_MANAGE} (audited by
 * {@link AlertRules}). Bad input shows the form again with the reason, in the page's language, and a 400.
 */
@Controller
class AlertPages {

	private final AlertRules rules;
	private final CurrentAccess access;
	private final Units units;
	private final AnalyticsTexts texts;
	private final UiLanguages languages;

	AlertPages(AlertRules rules, CurrentAccess access, Units units, AnalyticsTexts texts, UiLanguages languages) {
		this.rules = rules;
		this.access = access;
		this.units = units;
		this.texts = texts;
		this.languages = languages;
	}

	@GetMapping("/reports/alerts")
	String page(Model model) {
		return show(model, access.get(), AlertRuleForm.EMPTY, null);
	}

	@PostMapping("/reports/alerts/rules")
	String create(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String keyword, @RequestParam(defaultValue = "") String threshold,
			@RequestParam(defaultValue = "60") String windowMinutes, @RequestParam(defaultValue = "") String email,
			Model model, HttpServletResponse response) {
		var scope = access.get();
		var form = new AlertRuleForm(unit, kind, keyword, threshold, windowMinutes, email);
		String error;
		try {
			rules.create(scope, form.rule());
			return "redirect:/reports/alerts";
		}
		catch (AlertRule.Invalid invalid) {
			error = texts.get("alerts.invalid." + invalid.reason(), invalid.args());
		}
		catch (IllegalArgumentException e) {
			error = texts.get(e.getMessage());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(model, scope, form, error);
	}

	@PostMapping("/reports/alerts/rules/{id}/delete")
	String delete(@PathVariable UUID id) {
		rules.delete(access.get(), id);
		return "redirect:/reports/alerts";
	}

	private String show(Model model, AccessScope scope, AlertRuleForm form, @Nullable String error) {
		Map<UnitId, String> names = new HashMap<>();
		units.visibleTo(scope, Permission.ANALYTICS_READ).forEach(u -> names.put(u.id(), u.name()));
		List<UnitSummary> manageable = units.visibleTo(scope, Permission.POLICIES_MANAGE);
		manageable.forEach(u -> names.put(u.id(), u.name()));
		List<AlertRule> visible = rules.visibleTo(scope);
		model.addAttribute("alerts", rules.alerts(scope, 100));
		model.addAttribute("rules", visible.stream()
			.map(r -> new AlertRuleLine(r, names.getOrDefault(r.unit(), r.unit().toString()),
					scope.can(Permission.POLICIES_MANAGE, r.unit())))
			.toList());
		model.addAttribute("units", manageable);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("t", texts);
		model.addAttribute("languages", languages);
		return "analytics/alerts";
	}
}
