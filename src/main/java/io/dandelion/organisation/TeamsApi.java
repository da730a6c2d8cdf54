package io.dandelion.organisation;

import static io.dandelion.organisation.ApiInput.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Organisation: teams", description = "Teams of units the caller manages; others answer 404.")
class TeamsApi {

	record TeamView(UUID id, UUID unit, String name, TeamKind kind, List<String> languages) {

		static TeamView of(TeamSummary team) {
			return new TeamView(team.id().value(), team.unit().value(), team.name(), team.kind(), team.languages());
		}
	}

	record NewTeam(UUID unit, String name, TeamKind kind, @Nullable UUID contract, @Nullable Integer capacity) {
	}

	record TeamChanges(String name, @Nullable Integer capacity) {
	}

	record TeamMemberView(UUID member, String username, String displayName, int capacity) {
	}

	record Membership(@Nullable Integer capacity) {
	}

	private final Teams teams;
	private final Units units;
	private final TeamAdministration administration;
	private final CurrentAccess access;

	TeamsApi(Teams teams, Units units, TeamAdministration administration, CurrentAccess access) {
		this.teams = teams;
		this.units = units;
		this.administration = administration;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Teams of one unit, or of every unit the caller manages")
	List<TeamView> list(@RequestParam(required = false) @Nullable UUID unit) {
		AccessScope scope = access.get();
		if (unit != null) {
			Guard.manages(scope, new UnitId(unit), "unit");
			return teams.ofUnit(new UnitId(unit)).stream().map(TeamView::of).toList();
		}
		return units.visibleTo(scope, Permission.ORGANISATION_MANAGE)
			.stream()
			.flatMap(u -> teams.ofUnit(u.id()).stream())
			.map(TeamView::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One team")
	TeamView get(@PathVariable UUID id) {
		return TeamView.of(visible(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a team on a unit; agency teams name the contract they work under")
	TeamView create(@RequestBody NewTeam body) {
		TeamId id = administration.create(access.get(), unit(body.unit(), "unit"), body.name(), required(body.kind(), "kind"),
				body.contract(), body.capacity() == null ? 0 : body.capacity());
		return TeamView.of(teams.find(id).orElseThrow());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a team or change its capacity")
	TeamView update(@PathVariable UUID id, @RequestBody TeamChanges body) {
		administration.update(access.get(), new TeamId(id), body.name(), body.capacity() == null ? 0 : body.capacity());
		return TeamView.of(teams.find(new TeamId(id)).orElseThrow());
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "Enabled members of a team")
	List<TeamMemberView> members(@PathVariable UUID id) {
		visible(id);
		return teams.members(new TeamId(id))
			.stream()
			.map(m -> new TeamMemberView(m.member().id().value(), m.member().username(), m.member().displayName(),
					m.capacity()))
			.toList();
	}

	@PutMapping("/{id}/members/{member}")
	@Operation(summary = "Add a member to a team, or change their capacity in it")
	List<TeamMemberView> addMember(@PathVariable UUID id, @PathVariable UUID member, @RequestBody(required = false) @Nullable Membership body) {
		int capacity = body == null || body.capacity() == null ? 10 : body.capacity();
		administration.addMember(access.get(), new TeamId(id), new MemberId(member), capacity);
		return members(id);
	}

	@DeleteMapping("/{id}/members/{member}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member from a team")
	void removeMember(@PathVariable UUID id, @PathVariable UUID member) {
		administration.removeMember(access.get(), new TeamId(id), new MemberId(member));
	}

	private TeamSummary visible(UUID id) {
		TeamSummary team = teams.find(new TeamId(id)).orElseThrow(() -> new NotFoundException("team not found"));
		Guard.manages(access.get(), team.unit(), "team");
		return team;
	}
}
