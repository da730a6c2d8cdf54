package io.dandelion.sites.internal;

import io.dandelion.organisation.CurrentAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The compliance dashboard: a page, its CSV export and its JSON, each showing only the caller's sites. */
@Controller
@Tag(name = "Sites: compliance", description = "Latest check outcomes of every site the caller may edit, with the "
		+ "blueprint version and drift from it.")
class ComplianceController {

	/** One site's line in the API. */
	record RowView(UUID site, String name, UUID unit, String unitName, String blueprint, int version, int newestVersion,
			int versionsBehind, int ownTexts, int ownPages, @Nullable Instant checkedAt, Map<CheckName, String> checks,
			List<CheckName> blocking) {
	}

	private final CurrentAccess access;
	private final ComplianceDashboard dashboard;
	private final ComplianceRuns runs;
	private final SiteTexts texts;

	ComplianceController(CurrentAccess access, ComplianceDashboard dashboard, ComplianceRuns runs, SiteTexts texts) {
		this.access = access;
		this.dashboard = dashboard;
		this.runs = runs;
		this.texts = texts;
	}

	@GetMapping("/sites/compliance")
	String page(Model model) {
		var scope = access.get();
		model.addAttribute("t", texts);
		model.addAttribute("rows", dashboard.rows(scope));
		model.addAttribute("lastRun", runs.latest().orElse(null));
		model.addAttribute("hub", scope.isHubAdmin());
		return "sites/compliance";
	}

	@GetMapping("/sites/compliance.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"site-compliance.csv\"")
			.body(ComplianceDashboard.csv(dashboard.rows(access.get())).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/v1/sites/compliance")
	@ResponseBody
	@Operation(summary = "Every site the caller may edit × every check (pass, warn, block, or absent when never run)")
	List<RowView> api() {
		return dashboard.rows(access.get()).stream().map(row -> {
			var checks = new java.util.EnumMap<CheckName, String>(CheckName.class);
			row.checks().forEach((check, outcome) -> checks.put(check, outcome.status().name()));
			return new RowView(row.site().id().value(), row.site().name(), row.site().unit().value(), row.unitName(),
					row.blueprintName(), row.site().blueprintVersion(), row.latestVersion(), row.versionsBehind(),
					row.ownTexts(), row.ownPages(), row.checkedAt(), checks, row.blocking().stream().sorted().toList());
		}).toList();
	}

	@PostMapping("/sites/compliance/run")
	String runNow(RedirectAttributes redirect) {
		return Flash.attempt(redirect, "/sites/compliance", () -> {
			boolean ran = runs.runNow(access.get());
			redirect.addFlashAttribute("message", texts.get(ran ? "compliance.ran" : "compliance.busy"));
			return "/sites/compliance";
		});
	}
}
