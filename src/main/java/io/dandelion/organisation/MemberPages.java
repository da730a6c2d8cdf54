package io.dandelion.organisation;

import io.dandelion.organisation.web.MemberRow;
import io.dandelion.organisation.web.OrganisationTexts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
 * Members as their administrators see them: the members of the units they manage, a form to add one, and
 * a page per member for their details, language skills, sign-in and roles. Every change goes through the
 * same administration services (checks and audit) as the API: a member outside the caller's units is a 404,
 * one who holds more than the caller comes back to the page with the reason.
 */
@Controller
class MemberPages {

	private final CurrentAccess access;
	private final Members members;
	private final Units units;
	private final MemberAdministration administration;
	private final GrantAdministration grants;
	private final OrganisationTexts texts;

	MemberPages(CurrentAccess access, Members members, Units units, MemberAdministration administration,
			GrantAdministration grants, OrganisationTexts texts) {
		this.access = access;
		this.members = members;
		this.units = units;
		this.administration = administration;
		this.grants = grants;
		this.texts = texts;
	}

	@GetMapping("/admin/members")
	String list(Model model) {
		AccessScope scope = access.get();
		model.addAttribute("t", texts);
		model.addAttribute("rows", members.visibleTo(scope)
			.stream()
			.sorted(Comparator.comparing(MemberSummary::username))
			.map(this::row)
			.toList());
		model.addAttribute("units", units.visibleTo(scope, Permission.ORGANISATION_MANAGE));
		model.addAttribute("levels", List.of(LanguageLevel.values()));
		return "organisation/members";
	}

	@GetMapping("/admin/members/{id}")
	String show(@PathVariable UUID id, Model model) {
		AccessScope scope = access.get();
		model.addAttribute("t", texts);
		model.addAttribute("row", row(visible(scope, id)));
		model.addAttribute("units", units.visibleTo(scope, Permission.ORGANISATION_MANAGE));
		model.addAttribute("roles", List.of(Role.values()));
		return "organisation/member";
	}

	@PostMapping("/admin/members")
	String create(@RequestParam String username, @RequestParam String displayName,
			@RequestParam(defaultValue = "") String email, @RequestParam UUID homeUnit,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String languages,
			RedirectAttributes redirect) {
		try {
			MemberId id = administration.create(access.get(), new MemberDraft(username, email, displayName,
					new UnitId(homeUnit), password, skills(languages)));
			redirect.addFlashAttribute("message", texts.get("member.created", username.trim().toLowerCase(Locale.ROOT)));
			return "redirect:/admin/members/" + id;
		}
		catch (IllegalArgumentException | ForbiddenException | DataIntegrityViolationException refused) {
			redirect.addFlashAttribute("error", reason(refused));
			return "redirect:/admin/members";
		}
		catch (NotFoundException hidden) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, hidden.getMessage());
		}
	}

	@PostMapping("/admin/members/{id}")
	String update(@PathVariable UUID id, @RequestParam String displayName, @RequestParam(defaultValue = "") String email,
			@RequestParam UUID homeUnit, RedirectAttributes redirect) {
		return attempt(redirect, id, "member.saved", () -> administration.update(access.get(), new MemberId(id),
				displayName, email, new UnitId(homeUnit)));
	}

	@PostMapping("/admin/members/{id}/languages")
	String languages(@PathVariable UUID id, @RequestParam(defaultValue = "") String languages,
			RedirectAttributes redirect) {
		return attempt(redirect, id, "member.languages-saved",
				() -> administration.setLanguages(access.get(), new MemberId(id), skills(languages)));
	}

	@PostMapping("/admin/members/{id}/enabled")
	String enabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return attempt(redirect, id, enabled ? "member.enabled" : "member.disabled",
				() -> administration.setEnabled(access.get(), new MemberId(id), enabled));
	}

	/** Sets the password the administrator typed; it is hashed at once and never shown, logged or audited. */
	@PostMapping("/admin/members/{id}/password")
	String password(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
		if (password.isEmpty()) {
			visible(access.get(), id);
			redirect.addFlashAttribute("error", texts.get("member.password-missing"));
			return "redirect:/admin/members/" + id;
		}
		return attempt(redirect, id, "member.password-set",
				() -> administration.resetPassword(access.get(), new MemberId(id), password));
	}

	@PostMapping("/admin/members/{id}/grants")
	String grant(@PathVariable UUID id, @RequestParam Role role, @RequestParam UUID unit, RedirectAttributes redirect) {
		return attempt(redirect, id, "member.granted",
				() -> grants.grant(access.get(), new MemberId(id), role, new UnitId(unit)));
	}

	@PostMapping("/admin/members/{id}/grants/revoke")
	String revoke(@PathVariable UUID id, @RequestParam Role role, @RequestParam UUID unit, RedirectAttributes redirect) {
		return attempt(redirect, id, "member.revoked",
				() -> grants.revoke(access.get(), new MemberId(id), role, new UnitId(unit)));
	}

	/** Runs a change of a member the caller can see; their own mistakes and refusals come back to the page. */
	private String attempt(RedirectAttributes redirect, UUID id, String done, Runnable change) {
		visible(access.get(), id);
		try {
			change.run();
			redirect.addFlashAttribute("message", texts.get(done));
		}
		catch (IllegalArgumentException | ForbiddenException | DataIntegrityViolationException refused) {
			redirect.addFlashAttribute("error", reason(refused));
		}
		catch (NotFoundException hidden) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, hidden.getMessage());
		}
		return "redirect:/admin/members/" + id;
	}

	private String reason(RuntimeException refused) {
		return refused instanceof DataIntegrityViolationException ? texts.get("member.taken") : refused.getMessage();
	}

	private MemberSummary visible(AccessScope scope, UUID id) {
		return members.visibleTo(scope)
			.stream()
			.filter(m -> m.id().value().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "member not found"));
	}

	private MemberRow row(MemberSummary member) {
		var held = new ArrayList<MemberRow.Held>();
		for (Grant grant : members.grantsOf(member.id())) {
			held.add(new MemberRow.Held(grant.role(), grant.unit(), unitName(grant.unit())));
		}
		return new MemberRow(member, unitName(member.homeUnit()), held);
	}

	private String unitName(UnitId unit) {
		return units.find(unit).map(UnitSummary::name).orElse("?");
	}

	/** {@code fr:native, en:fluent} (a language without a level is {@code working}). */
	static List<LanguageSkill> skills(String written) {
		var skills = new ArrayList<LanguageSkill>();
		for (String part : written.split("[,;]")) {
			String skill = part.trim();
			if (skill.isEmpty()) {
				continue;
			}
			String[] pair = skill.split("[:\\s]+", 2);
			LanguageLevel level;
			try {
				level = pair.length == 1 ? LanguageLevel.WORKING
						: LanguageLevel.valueOf(pair[1].trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("'" + pair[1].trim() + "' is not a level: write one of "
						+ String.join(", ", Arrays.stream(LanguageLevel.values())
							.map(l -> l.name().toLowerCase(Locale.ROOT))
							.toList()));
			}
			skills.add(new LanguageSkill(pair[0].trim().toLowerCase(Locale.ROOT), level));
		}
		return skills;
	}
}
