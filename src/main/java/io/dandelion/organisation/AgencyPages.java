package io.dandelion.organisation;

import io.dandelion.organisation.web.AgencyRow;
import io.dandelion.organisation.web.OrganisationTexts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agencies and their contracts as administrators see them: the hub registers and renames agencies; whoever
 * manages every unit a contract covers writes and changes it (units, languages, platforms, masking of personal
 * data, hours, dates). A unit admin sees only the agencies and contracts that touch their units. Every change
 * goes through {@link AgencyAdministration}, which checks and audits it as for the API.
 */
@Controller
class AgencyPages {

	private final CurrentAccess access;
	private final Agencies agencies;
	private final Units units;
	private final AgencyAdministration administration;
	private final OrganisationTexts texts;

	AgencyPages(CurrentAccess access, Agencies agencies, Units units, AgencyAdministration administration,
			OrganisationTexts texts) {
		this.access = access;
		this.agencies = agencies;
		this.units = units;
		this.administration = administration;
		this.texts = texts;
	}

	@GetMapping("/admin/agencies")
	String list(Model model) {
		AccessScope scope = access.get();
		var visible = new LinkedHashMap<AgencySummary, List<ContractSummary>>();
		for (AgencySummary agency : agencies.all()) {
			var contracts = agencies.contracts(agency.id()).stream().filter(c -> AgenciesApi.touches(scope, c)).toList();
			if (scope.isHubAdmin() || !contracts.isEmpty()) {
				visible.put(agency, contracts);
			}
		}
		var names = new HashMap<UnitId, String>();
		visible.values().forEach(contracts -> contracts.forEach(c -> c.units().forEach(u -> names.computeIfAbsent(u, this::unitName))));
		model.addAttribute("rows", visible.entrySet().stream().map(e -> new AgencyRow(e.getKey(), e.getValue(), names)).toList());
		model.addAttribute("t", texts);
		model.addAttribute("hub", scope.isHubAdmin());
		model.addAttribute("units", units.visibleTo(scope, Permission.ORGANISATION_MANAGE));
		return "organisation/agencies";
	}

	@PostMapping("/admin/agencies")
	String create(@RequestParam String name, RedirectAttributes redirect) {
		requireHub();
		return attempt(redirect, () -> {
			administration.create(access.get(), name);
			return texts.get("agency.created", name.strip());
		});
	}

	@PostMapping("/admin/agencies/{id}")
	String rename(@PathVariable UUID id, @RequestParam String name, RedirectAttributes redirect) {
		requireHub();
		return attempt(redirect, () -> {
			administration.rename(access.get(), new AgencyId(id), name);
			return texts.get("agency.renamed", name.strip());
		});
	}

	@PostMapping("/admin/agencies/{id}/contracts")
	String createContract(@PathVariable UUID id, @RequestParam String name,
			@RequestParam(name = "unit", required = false) @Nullable List<UUID> covered,
			@RequestParam(defaultValue = "") String languages, @RequestParam(defaultValue = "") String platforms,
			@RequestParam(defaultValue = "false") boolean mask, @RequestParam(defaultValue = "0") int hours,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			RedirectAttributes redirect) {
		return attempt(redirect, () -> {
			administration.createContract(access.get(), new AgencyId(id),
					draft(name, covered, languages, platforms, mask, hours, startsOn, endsOn));
			return texts.get("contract.created", name.strip());
		});
	}

	@PostMapping("/admin/contracts/{id}")
	String updateContract(@PathVariable UUID id, @RequestParam String name,
			@RequestParam(name = "unit", required = false) @Nullable List<UUID> covered,
			@RequestParam(defaultValue = "") String languages, @RequestParam(defaultValue = "") String platforms,
			@RequestParam(defaultValue = "false") boolean mask, @RequestParam(defaultValue = "0") int hours,
			@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			RedirectAttributes redirect) {
		AccessScope scope = access.get();
		agencies.contract(id)
			.filter(c -> AgenciesApi.touches(scope, c))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "contract not found"));
		return attempt(redirect, () -> {
			administration.updateContract(scope, id, draft(name, covered, languages, platforms, mask, hours, startsOn, endsOn));
			return texts.get("contract.saved", name.strip());
		});
	}

	private static ContractDraft draft(String name, @Nullable List<UUID> covered, String languages, String platforms,
			boolean mask, int hours, String startsOn, String endsOn) {
		Set<UnitId> unitIds = covered == null ? Set.of()
				: covered.stream().map(UnitId::new).collect(Collectors.toCollection(HashSet::new));
		return new ContractDraft(name, unitIds, list(languages), new HashSet<>(list(platforms)), mask, hours,
				date(startsOn), date(endsOn));
	}

	/** Runs a change; the caller's own mistakes and refusals come back to the page, a unit out of sight is a 404. */
	private String attempt(RedirectAttributes redirect, java.util.function.Supplier<String> change) {
		try {
			redirect.addFlashAttribute("message", change.get());
		}
		catch (IllegalArgumentException | ForbiddenException refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		catch (DataIntegrityViolationException taken) {
			redirect.addFlashAttribute("error", texts.get("agency.taken"));
		}
		catch (NotFoundException hidden) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, hidden.getMessage());
		}
		return "redirect:/admin/agencies";
	}

	private void requireHub() {
		if (!access.get().isHubAdmin()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only hub admins register and rename agencies");
		}
	}

	private String unitName(UnitId unit) {
		return units.find(unit).map(UnitSummary::name).orElse("?");
	}

	private static @Nullable LocalDate date(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a date (yyyy-mm-dd): '" + value.strip() + "'");
		}
	}

	private static List<String> list(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
