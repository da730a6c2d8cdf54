package io.dandelion.analytics.alerts;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Spike alerts over REST ({@code /api/v1/alerts}), scoped (the page is {@link AlertPages}). */
@Controller
@Tag(name = "Analytics: alerts", description = "Thresholds per unit on customers' message volume, negative sentiment "
		+ "or a keyword within a window; alerts raised when one is reached (shown here, e-mailed when configured)")
class AlertsApi {

	private final AlertRules rules;
	private final CurrentAccess access;

	AlertsApi(AlertRules rules, CurrentAccess access) {
		this.rules = rules;
		this.access = access;
	}

	@GetMapping("/api/v1/alerts")
	@ResponseBody
	@Operation(summary = "The latest 100 alerts of the caller's units, newest first")
	List<Alert> alerts() {
		return rules.alerts(access.get(), 100);
	}

	@GetMapping("/api/v1/alerts/rules")
	@ResponseBody
	List<AlertRule> list() {
		return rules.visibleTo(access.get());
	}

	@PostMapping("/api/v1/alerts/rules")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sets a threshold on a unit (needs POLICIES_MANAGE there); kind is volume, negative or keyword")
	AlertRule create(@RequestBody RuleJson rule) {
		if (rule.unit() == null || rule.kind() == null) {
			throw new IllegalArgumentException("a rule needs a unit and a kind (volume, negative or keyword)");
		}
		AlertRule.Kind kind;
		try {
			kind = AlertRule.Kind.valueOf(rule.kind().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("kind must be volume, negative or keyword, not " + rule.kind(), e);
		}
		return rules.create(access.get(), new AlertRule(UUID.randomUUID(), UnitId.of(rule.unit()), kind, rule.keyword(),
				rule.threshold(), rule.windowMinutes() == null ? 60 : rule.windowMinutes(), rule.email()));
	}

	@DeleteMapping("/api/v1/alerts/rules/{id}")
	@ResponseBody
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		rules.delete(access.get(), id);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseBody
	ProblemDetail badInput(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setProperty("error", e.getMessage());
		return problem;
	}

	/** A rule as a client sends it. */
	record RuleJson(@Nullable String unit, @Nullable String kind, @Nullable String keyword, int threshold,
			@Nullable Integer windowMinutes, @Nullable String email) {
	}
}
