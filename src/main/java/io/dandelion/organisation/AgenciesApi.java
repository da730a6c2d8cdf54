package io.dandelion.organisation;

import static io.dandelion.organisation.ApiInput.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation: agencies and contracts",
		description = "Hub admins see and register every agency; unit admins see the contracts touching their units "
				+ "and change those lying wholly within them.")
class AgenciesApi {

	record AgencyView(UUID id, String name) {
	}

	record AgencyName(String name) {
	}

	record ContractView(UUID id, UUID agency, String name, Set<UUID> units, List<String> languages,
			Set<String> platforms, boolean maskPersonalData, int hoursPerWeek, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn) {

		static ContractView of(ContractSummary c) {
			return new ContractView(c.id(), c.agency().value(), c.name(),
					c.units().stream().map(UnitId::value).collect(Collectors.toSet()), c.languages(), c.platforms(),
					c.maskPersonalData(), c.hoursPerWeek(), c.startsOn(), c.endsOn());
		}
	}

	record ContractTerms(String name, Set<UUID> units, @Nullable List<String> languages, @Nullable Set<String> platforms,
			@Nullable Boolean maskPersonalData, @Nullable Integer hoursPerWeek, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn) {

		ContractDraft draft() {
			return new ContractDraft(name, required(units, "units").stream().map(UnitId::new).collect(Collectors.toSet()),
					orEmpty(languages), platforms == null ? Set.of() : platforms,
					maskPersonalData == null || maskPersonalData, hoursPerWeek == null ? 0 : hoursPerWeek, startsOn,
					endsOn);
		}
	}

	private final Agencies agencies;
	private final AgencyAdministration administration;
	private final CurrentAccess access;

	AgenciesApi(Agencies agencies, AgencyAdministration administration, CurrentAccess access) {
		this.agencies = agencies;
		this.administration = administration;
		this.access = access;
	}

	@GetMapping("/agencies")
	@Operation(summary = "Agencies the caller can see")
	List<AgencyView> list() {
		AccessScope scope = access.get();
		return agencies.all()
			.stream()
			.filter(a -> scope.isHubAdmin() || !visibleContracts(scope, a.id()).isEmpty())
			.map(a -> new AgencyView(a.id().value(), a.name()))
			.toList();
	}

	@PostMapping("/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an agency (hub admins)")
	AgencyView create(@RequestBody AgencyName body) {
		AgencyId id = administration.create(access.get(), body.name());
		return new AgencyView(id.value(), agencies.find(id).orElseThrow().name());
	}

	@PutMapping("/agencies/{id}")
	@Operation(summary = "Rename an agency (hub admins)")
	AgencyView rename(@PathVariable UUID id, @RequestBody AgencyName body) {
		administration.rename(access.get(), new AgencyId(id), body.name());
		return new AgencyView(id, agencies.find(new AgencyId(id)).orElseThrow().name());
	}

	@GetMapping("/agencies/{id}/contracts")
	@Operation(summary = "An agency's contracts that touch the caller's units")
	List<ContractView> contracts(@PathVariable UUID id) {
		if (agencies.find(new AgencyId(id)).isEmpty()) {
			throw new NotFoundException("agency not found");
		}
		return visibleContracts(access.get(), new AgencyId(id)).stream().map(ContractView::of).toList();
	}

	@PostMapping("/agencies/{id}/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a contract over units the caller manages")
	ContractView createContract(@PathVariable UUID id, @RequestBody ContractTerms body) {
		UUID contract = administration.createContract(access.get(), new AgencyId(id), body.draft());
		return ContractView.of(agencies.contract(contract).orElseThrow());
	}

	@GetMapping("/contracts/{id}")
	@Operation(summary = "One contract")
	ContractView contract(@PathVariable UUID id) {
		return ContractView.of(agencies.contract(id)
			.filter(c -> touches(access.get(), c))
			.orElseThrow(() -> new NotFoundException("contract not found")));
	}

	@PutMapping("/contracts/{id}")
	@Operation(summary = "Change a contract's terms; the caller must manage every unit before and after")
	ContractView updateContract(@PathVariable UUID id, @RequestBody ContractTerms body) {
		contract(id);
		administration.updateContract(access.get(), id, body.draft());
		return ContractView.of(agencies.contract(id).orElseThrow());
	}

	private List<ContractSummary> visibleContracts(AccessScope scope, AgencyId agency) {
		return agencies.contracts(agency).stream().filter(c -> touches(scope, c)).toList();
	}

	static boolean touches(AccessScope scope, ContractSummary contract) {
		return contract.units().stream().anyMatch(unit -> scope.can(Permission.ORGANISATION_MANAGE, unit));
	}
}
