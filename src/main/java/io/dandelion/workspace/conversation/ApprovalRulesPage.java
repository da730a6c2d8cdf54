package io.dandelion.workspace.conversation;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
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
 * The hub's reply-approval rules as a page: everyone signed in reads which replies wait for a reviewer; hub admins
 * add, change and remove rules through {@link ApprovalRules}, as over the API (others 403, an unknown rule 404, bad
 * input 400 with the page and the reason, every change audited).
 */
@Controller
class ApprovalRulesPage {

	private final ApprovalRules rules;
	private final Units units;
	private final CurrentAccess access;

	ApprovalRulesPage(ApprovalRules rules, Units units, CurrentAccess access) {
		this.rules = rules;
		this.units = units;
		this.access = access;
	}

	@GetMapping("/workspace/approval-rules")
	String list(Model model) {
		return page(access.get(), model, null);
	}

	@PostMapping("/workspace/approval-rules")
	String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String senders,
			@RequestParam(defaultValue = "") String accounts, @RequestParam(defaultValue = "") String unit, Model model,
			HttpServletResponse response) {
		AccessScope scope = access.get();
		try {
			ApprovalRule rule = rules.add(scope, name, senders, accounts, unitFor(accounts, unit));
			return "redirect:/workspace/approval-rules#rule-" + rule.id();
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(scope, model, e.getMessage());
		}
	}

	@PostMapping("/workspace/approval-rules/{id}")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String senders, @RequestParam(defaultValue = "") String accounts,
			@RequestParam(defaultValue = "") String unit, Model model, HttpServletResponse response) {
		AccessScope scope = access.get();
		try {
			rules.update(scope, id, name, senders, accounts, unitFor(accounts, unit));
			return "redirect:/workspace/approval-rules#rule-" + id;
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(scope, model, e.getMessage());
		}
	}

	@PostMapping("/workspace/approval-rules/{id}/delete")
	String delete(@PathVariable UUID id) {
		rules.remove(access.get(), id);
		return "redirect:/workspace/approval-rules";
	}

	/** The form always sends a unit; a rule on the hub's own accounts names none, so it is left out there. */
	private static @Nullable String unitFor(String accounts, String unit) {
		return accounts.equalsIgnoreCase(ApprovalRule.Accounts.HUB.name()) ? null : unit;
	}

	private String page(AccessScope scope, Model model, @Nullable String error) {
		List<UnitSummary> choices = units.visibleTo(scope, Permission.ORGANISATION_MANAGE)
			.stream()
			.sorted(Comparator.comparing(UnitSummary::name))
			.toList();
		List<ApprovalRulesView.Row> rows = rules.all()
			.stream()
			.map(r -> new ApprovalRulesView.Row(r.id(), r.name(), r.senders().name(), r.accounts().name(),
					r.unit() == null ? null : r.unit().value(),
					r.unit() == null ? "" : units.find(r.unit()).map(UnitSummary::name).orElse("?"), r.createdBy(),
					r.createdAt()))
			.toList();
		model.addAttribute("page", new ApprovalRulesView(rows, scope.isHubAdmin() ? choices : List.of(),
				scope.isHubAdmin(), error));
		return "workspace/approval-rules";
	}
}
