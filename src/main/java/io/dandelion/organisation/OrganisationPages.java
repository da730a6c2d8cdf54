package io.dandelion.organisation;

import io.dandelion.organisation.web.OrganisationTexts;
import io.dandelion.organisation.web.UnitRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
 * The organisation as its administrators see it: the units they manage as a tree, each with its teams and role
 * grants, and forms to add a unit below, a team, or a grant. Every change goes through the same administration
 * services (and checks) as the API; a refusal the caller can fix comes back to the page with the reason.
 */
@Controller
class OrganisationPages {

	private final CurrentAccess access;
	private final Units units;
	private final Teams teams;
	private final Members members;
	private final UnitAdministration unitAdministration;
	private final TeamAdministration teamAdministration;
	private final GrantAdministration grantAdministration;
	private final OrganisationTexts texts;

	OrganisationPages(CurrentAccess access, Units units, Teams teams, Members members,
			UnitAdministration unitAdministration, TeamAdministration teamAdministration,
			GrantAdministration grantAdministration, OrganisationTexts texts) {
		this.access = access;
		this.units = units;
		this.teams = teams;
		this.members = members;
		this.unitAdministration = unitAdministration;
		this.teamAdministration = teamAdministration;
		this.grantAdministration = grantAdministration;
		this.texts = texts;
	}

	@GetMapping("/admin/units")
	String tree(Model model) {
		AccessScope scope = access.get();
		List<UnitSummary> managed = units.visibleTo(scope, Permission.ORGANISATION_MANAGE);
		Map<UnitId, List<String>> grants = new HashMap<>();
		for (MemberSummary member : members.visibleTo(scope)) {
			for (Grant grant : members.grantsOf(member.id())) {
				grants.computeIfAbsent(grant.unit(), u -> new ArrayList<>())
					.add(member.username() + ": " + texts.get("role." + grant.role().name()));
			}
		}
		List<UnitRow> rows = new ArrayList<>();
		Set<UnitId> ids = new HashSet<>(managed.stream().map(UnitSummary::id).toList());
		managed.stream()
			.filter(u -> u.parent() == null || !ids.contains(u.parent()))
			.sorted(Comparator.comparing(UnitSummary::name))
			.forEach(root -> walk(root, 0, managed, grants, rows));
		model.addAttribute("t", texts);
		model.addAttribute("rows", rows);
		model.addAttribute("kinds", Arrays.stream(UnitKind.values()).filter(k -> k != UnitKind.GROUP).toList());
		model.addAttribute("teamKinds", List.of(TeamKind.values()));
		model.addAttribute("roles", List.of(Role.values()));
		return "organisation/units";
	}

	private void walk(UnitSummary unit, int depth, List<UnitSummary> managed, Map<UnitId, List<String>> grants,
			List<UnitRow> rows) {
		rows.add(new UnitRow(unit, depth, teams.ofUnit(unit.id()), grants.getOrDefault(unit.id(), List.of())));
		managed.stream()
			.filter(child -> unit.id().equals(child.parent()))
			.sorted(Comparator.comparing(UnitSummary::name))
			.forEach(child -> walk(child, depth + 1, managed, grants, rows));
	}

	@PostMapping("/admin/units/{id}/units")
	String addUnit(@PathVariable UUID id, @RequestParam String code, @RequestParam String name,
			@RequestParam UnitKind kind, @RequestParam String timeZone, @RequestParam(defaultValue = "") String languages,
			RedirectAttributes redirect) {
		return attempt(redirect, texts.get("units.unit-added", name), () -> unitAdministration.create(access.get(),
				new UnitDraft(code, name, kind, new UnitId(id), timeZone, list(languages), null)).value());
	}

	@PostMapping("/admin/units/{id}/teams")
	String addTeam(@PathVariable UUID id, @RequestParam String name, @RequestParam TeamKind kind,
			@RequestParam(defaultValue = "10") int capacity, RedirectAttributes redirect) {
		return attempt(redirect, texts.get("units.team-added", name), () -> {
			teamAdministration.create(access.get(), new UnitId(id), name, kind, null, capacity);
			return id;
		});
	}

	@PostMapping("/admin/units/{id}/grants")
	String grant(@PathVariable UUID id, @RequestParam String username, @RequestParam Role role,
			RedirectAttributes redirect) {
		return attempt(redirect, texts.get("units.granted", texts.get("role." + role.name()), username), () -> {
			Guard.manages(access.get(), new UnitId(id), "unit");
			MemberSummary member = members.findByUsername(username)
				.orElseThrow(() -> new IllegalArgumentException("no member signs in as '" + username + "'"));
			grantAdministration.grant(access.get(), member.id(), role, new UnitId(id));
			return id;
		});
	}

	/** Runs a change; the caller's own mistakes and refusals return to the page, an unknown unit is a 404. */
	private String attempt(RedirectAttributes redirect, String done, Supplier<UUID> change) {
		try {
			UUID unit = change.get();
			redirect.addFlashAttribute("message", done);
			return "redirect:/admin/units#unit-" + unit;
		}
		catch (IllegalArgumentException | ForbiddenException refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			return "redirect:/admin/units";
		}
		catch (DataIntegrityViolationException taken) {
			redirect.addFlashAttribute("error", texts.get("units.taken"));
			return "redirect:/admin/units";
		}
		catch (NotFoundException hidden) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, hidden.getMessage());
		}
	}

	private static List<String> list(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
