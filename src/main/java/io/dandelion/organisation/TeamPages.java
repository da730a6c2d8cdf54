package io.dandelion.organisation;

import io.dandelion.organisation.web.OrganisationTexts;
import java.util.Comparator;
import java.util.UUID;
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
 * One team as its administrators see it: its members with how many open conversations each takes at once, and
 * forms to add a member, change a capacity or take a member out. Every change goes through
 * {@link TeamAdministration}, as the API's do: a team outside the caller's units is a 404, a mistake comes back to
 * the page with the reason, and each change is audited.
 */
@Controller
class TeamPages {

	private final CurrentAccess access;
	private final Teams teams;
	private final Units units;
	private final Members members;
	private final TeamAdministration administration;
	private final OrganisationTexts texts;

	TeamPages(CurrentAccess access, Teams teams, Units units, Members members, TeamAdministration administration,
			OrganisationTexts texts) {
		this.access = access;
		this.teams = teams;
		this.units = units;
		this.members = members;
		this.administration = administration;
		this.texts = texts;
	}

	@GetMapping("/admin/teams/{id}")
	String show(@PathVariable UUID id, Model model) {
		AccessScope scope = access.get();
		TeamSummary team = visible(scope, id);
		model.addAttribute("t", texts);
		model.addAttribute("team", team);
		model.addAttribute("unitName", units.find(team.unit()).map(UnitSummary::name).orElse("?"));
		model.addAttribute("members", teams.members(team.id())
			.stream()
			.sorted(Comparator.comparing(m -> m.member().username()))
			.toList());
		model.addAttribute("candidates", members.visibleTo(scope)
			.stream()
			.filter(MemberSummary::enabled)
			.map(MemberSummary::username)
			.sorted()
			.toList());
		return "organisation/team";
	}

	@PostMapping("/admin/teams/{id}/members")
	String add(@PathVariable UUID id, @RequestParam String username, @RequestParam(defaultValue = "10") int capacity,
			RedirectAttributes redirect) {
		visible(access.get(), id);
		return attempt(redirect, id, () -> {
			MemberSummary member = members.findByUsername(username.trim())
				.orElseThrow(() -> new IllegalArgumentException("no member signs in as '" + username.trim() + "'"));
			administration.addMember(access.get(), new TeamId(id), member.id(), capacity);
			return texts.get("team.member-added", member.username(), String.valueOf(capacity));
		});
	}

	@PostMapping("/admin/teams/{id}/members/{member}")
	String capacity(@PathVariable UUID id, @PathVariable UUID member, @RequestParam int capacity,
			RedirectAttributes redirect) {
		visible(access.get(), id);
		return attempt(redirect, id, () -> {
			String username = inTeam(id, member);
			administration.addMember(access.get(), new TeamId(id), new MemberId(member), capacity);
			return texts.get("team.capacity-changed", username, String.valueOf(capacity));
		});
	}

	@PostMapping("/admin/teams/{id}/members/{member}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID member, RedirectAttributes redirect) {
		visible(access.get(), id);
		return attempt(redirect, id, () -> {
			String username = inTeam(id, member);
			administration.removeMember(access.get(), new TeamId(id), new MemberId(member));
			return texts.get("team.member-removed", username);
		});
	}

	/** The username of a member of the team; one who is not in it is a 404 (the forms only name members). */
	private String inTeam(UUID team, UUID member) {
		return teams.members(new TeamId(team))
			.stream()
			.filter(m -> m.member().id().value().equals(member))
			.findFirst()
			.map(m -> m.member().username())
			.orElseThrow(() -> new NotFoundException("member not found in this team"));
	}

	private TeamSummary visible(AccessScope scope, UUID id) {
		TeamSummary team = teams.find(new TeamId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "team not found"));
		if (!scope.can(Permission.ORGANISATION_MANAGE, team.unit())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "team not found");
		}
		return team;
	}

	/** Runs a change of a team the caller manages; their own mistakes come back to the page with the reason. */
	private String attempt(RedirectAttributes redirect, UUID team, java.util.function.Supplier<String> change) {
		try {
			redirect.addFlashAttribute("message", change.get());
		}
		catch (IllegalArgumentException | ForbiddenException refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		catch (NotFoundException hidden) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, hidden.getMessage());
		}
		return "redirect:/admin/teams/" + team;
	}
}
