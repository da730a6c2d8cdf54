package io.dandelion.audit;

import io.dandelion.organisation.CurrentAccess;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.platform.web.NavigationItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit browser: filters, newest entries first, and (for hub admins) a check of the whole chain. */
@Controller
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;
	private final CurrentAccess access;
	private final Units units;

	AuditPages(AuditTrail trail, CurrentAccess access, Units units) {
		this.trail = trail;
		this.access = access;
		this.units = units;
	}

	@GetMapping("/admin/audit")
	String browse(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String subjectType,
			@RequestParam(defaultValue = "") String subjectId, @RequestParam(required = false) @Nullable Long before,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		var scope = access.get();
		var filter = new AuditFilter(actor, action, unit.isBlank() ? null : UnitId.of(unit.trim()), subjectType,
				subjectId, null, null, before, PAGE_SIZE);
		List<ChainedEntry> entries = trail.page(scope, filter);
		Map<String, String> unitNames = new LinkedHashMap<>();
		var readable = AuditTrail.readable(scope);
		for (UnitSummary visible : units.visibleTo(scope, Permission.ORGANISATION_MANAGE)) {
			if (readable.contains(visible.id())) {
				unitNames.put(visible.id().toString(), visible.name());
			}
		}
		model.addAttribute("entries", entries);
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("filter", new AuditPageFilter(actor, action, unit, subjectType, subjectId));
		model.addAttribute("older", entries.size() < PAGE_SIZE ? null
				: UriComponentsBuilder.fromPath("/admin/audit")
					.queryParam("actor", actor)
					.queryParam("action", action)
					.queryParam("unit", unit)
					.queryParam("subjectType", subjectType)
					.queryParam("subjectId", subjectId)
					.queryParam("before", entries.get(entries.size() - 1).sequence())
					.encode()
					.toUriString());
		model.addAttribute("canVerify", scope.isHubAdmin());
		model.addAttribute("report", verify && scope.isHubAdmin() ? trail.verify() : null);
		return "audit/browse";
	}

	@Bean
	static NavigationItem auditNavigation() {
		// unit admins read their units' trail too; everyone holding AUDIT_READ (hub admins) manages the organisation
		return new NavigationItem("Audit", "/admin/audit", 90, Permission.ORGANISATION_MANAGE);
	}
}
