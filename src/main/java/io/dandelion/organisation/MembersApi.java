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
@RequestMapping("/api/v1/members")
@Tag(name = "Organisation: members and grants",
		description = "Members administered from, granted in or working in units the caller manages; others answer 404. "
				+ "Changing a member who holds more than the caller answers 403.")
class MembersApi {

	record MemberView(UUID id, String username, String displayName, @Nullable String email, boolean enabled,
			UUID homeUnit, List<LanguageSkill> languages) {

		static MemberView of(MemberSummary member) {
			return new MemberView(member.id().value(), member.username(), member.displayName(), member.email(),
					member.enabled(), member.homeUnit().value(), member.languages());
		}
	}

	record NewMember(String username, @Nullable String email, String displayName, UUID homeUnit,
			@Nullable String password, @Nullable List<LanguageSkill> languages) {
	}

	record MemberChanges(String displayName, @Nullable String email, UUID homeUnit) {
	}

	record Enabled(boolean enabled) {
	}

	record NewPassword(@Nullable String password) {
	}

	record IssuedPassword(String password) {

		@Override
		public String toString() {
			return "IssuedPassword[password=(hidden)]"; // Spring MVC logs what it writes, at debug level
		}
	}

	record GrantView(Role role, UUID unit) {
	}

	private final Members members;
	private final MemberAdministration administration;
	private final GrantAdministration grants;
	private final CurrentAccess access;

	MembersApi(Members members, MemberAdministration administration, GrantAdministration grants, CurrentAccess access) {
		this.members = members;
		this.administration = administration;
		this.grants = grants;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Members the caller can see")
	List<MemberView> list() {
		return members.visibleTo(access.get()).stream().map(MemberView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One member, with language skills")
	MemberView get(@PathVariable UUID id) {
		return MemberView.of(visible(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a member administered from a unit the caller manages")
	MemberView create(@RequestBody NewMember body) {
		MemberId id = administration.create(access.get(), new MemberDraft(required(body.username(), "username"),
				body.email(), body.displayName(), unit(body.homeUnit(), "homeUnit"), body.password(), orEmpty(body.languages())));
		return MemberView.of(members.find(id).orElseThrow());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change display name, e-mail and home unit")
	MemberView update(@PathVariable UUID id, @RequestBody MemberChanges body) {
		administration.update(access.get(), new MemberId(id), body.displayName(), body.email(),
				unit(body.homeUnit(), "homeUnit"));
		return MemberView.of(members.find(new MemberId(id)).orElseThrow());
	}

	@PutMapping("/{id}/languages")
	@Operation(summary = "Replace a member's language skills")
	MemberView languages(@PathVariable UUID id, @RequestBody List<LanguageSkill> body) {
		administration.setLanguages(access.get(), new MemberId(id), orEmpty(body));
		return MemberView.of(members.find(new MemberId(id)).orElseThrow());
	}

	@PutMapping("/{id}/enabled")
	@Operation(summary = "Enable or disable a member; disabled members cannot sign in")
	MemberView enable(@PathVariable UUID id, @RequestBody Enabled body) {
		administration.setEnabled(access.get(), new MemberId(id), body.enabled());
		return MemberView.of(members.find(new MemberId(id)).orElseThrow());
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Set a new password, or generate one (returned once, never stored in clear)")
	IssuedPassword resetPassword(@PathVariable UUID id, @RequestBody(required = false) @Nullable NewPassword body) {
		return new IssuedPassword(
				administration.resetPassword(access.get(), new MemberId(id), body == null ? null : body.password()));
	}

	@GetMapping("/{id}/grants")
	@Operation(summary = "The roles a member holds, and where")
	List<GrantView> grants(@PathVariable UUID id) {
		visible(id);
		return members.grantsOf(new MemberId(id)).stream().map(g -> new GrantView(g.role(), g.unit().value())).toList();
	}

	@PostMapping("/{id}/grants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Grant a role on a unit (and its subtree); the caller must hold the role's permissions there")
	List<GrantView> grant(@PathVariable UUID id, @RequestBody GrantView body) {
		grants.grant(access.get(), new MemberId(id), required(body.role(), "role"), unit(body.unit(), "unit"));
		return grants(id);
	}

	@DeleteMapping("/{id}/grants/{role}/{unit}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a role on a unit")
	void revoke(@PathVariable UUID id, @PathVariable Role role, @PathVariable UUID unit) {
		grants.revoke(access.get(), new MemberId(id), role, new UnitId(unit));
	}

	private MemberSummary visible(UUID id) {
		AccessScope scope = access.get();
		return members.visibleTo(scope)
			.stream()
			.filter(m -> m.id().value().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("member not found"));
	}
}
