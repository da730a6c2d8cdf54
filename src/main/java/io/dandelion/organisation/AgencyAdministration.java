package io.dandelion.organisation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies serve the whole group, so only hub admins register them. A contract may be written by anyone who
 * manages every unit it covers (before and after the change), so a country can buy moderation for itself.
 */
@Service
@Transactional
class AgencyAdministration {

	private final JdbcClient jdbc;
	private final Agencies agencies;
	private final UnitTreeCache units;
	private final ApplicationEventPublisher events;

	AgencyAdministration(JdbcClient jdbc, Agencies agencies, UnitTreeCache units, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.units = units;
		this.events = events;
	}

	AgencyId create(AccessScope scope, String name) {
		requireHubAdmin(scope);
		String checked = requireFreeName(UnitDraft.requireName(name));
		AgencyId id = AgencyId.random();
		jdbc.sql("insert into agencies (id, name) values (?, ?)").params(id.value(), checked).update();
		events.publishEvent(new OrganisationChanged(scope.actor(), "agency.created", null, "agency", id.toString(), null,
				Map.of("name", checked)));
		return id;
	}

	void rename(AccessScope scope, AgencyId agency, String name) {
		requireHubAdmin(scope);
		AgencySummary before = agencies.find(agency).orElseThrow(() -> new NotFoundException("agency not found"));
		String checked = UnitDraft.requireName(name);
		if (!checked.equalsIgnoreCase(before.name())) {
			requireFreeName(checked);
		}
		jdbc.sql("update agencies set name = ? where id = ?").params(checked, agency.value()).update();
		events.publishEvent(new OrganisationChanged(scope.actor(), "agency.renamed", null, "agency", agency.toString(),
				Map.of("name", before.name()), Map.of("name", checked)));
	}

	UUID createContract(AccessScope scope, AgencyId agency, ContractDraft draft) {
		if (agencies.find(agency).isEmpty()) {
			throw new NotFoundException("agency not found");
		}
		requireManagesAll(scope, draft.units());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into contracts (id, agency_id, name, languages, platforms, mask_personal_data, hours_per_week,
				                       starts_on, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agency.value(), draft.name(), draft.languages().toArray(String[]::new),
					draft.platforms().toArray(String[]::new), draft.maskPersonalData(), draft.hoursPerWeek(),
					draft.startsOn(), draft.endsOn())
			.update();
		writeUnits(id, draft.units());
		events.publishEvent(new OrganisationChanged(scope.actor(), "contract.created", null, "contract", id.toString(), null, draft));
		return id;
	}

	void updateContract(AccessScope scope, UUID contract, ContractDraft draft) {
		ContractSummary before = agencies.contract(contract).orElseThrow(() -> new NotFoundException("contract not found"));
		Set<UnitId> touched = new HashSet<>(before.units());
		touched.addAll(draft.units());
		requireManagesAll(scope, touched);
		jdbc.sql("""
				update contracts set name = ?, languages = ?, platforms = ?, mask_personal_data = ?, hours_per_week = ?,
				                     starts_on = ?, ends_on = ? where id = ?""")
			.params(draft.name(), draft.languages().toArray(String[]::new), draft.platforms().toArray(String[]::new),
					draft.maskPersonalData(), draft.hoursPerWeek(), draft.startsOn(), draft.endsOn(), contract)
			.update();
		jdbc.sql("delete from contract_units where contract_id = ?").param(contract).update();
		writeUnits(contract, draft.units());
		SecurityContextAccess.forget();
		events.publishEvent(new OrganisationChanged(scope.actor(), "contract.updated", null, "contract", contract.toString(), before,
				draft));
	}

	private void writeUnits(UUID contract, Set<UnitId> covered) {
		for (UnitId unit : covered) {
			jdbc.sql("insert into contract_units (contract_id, unit_id) values (?, ?)").params(contract, unit.value()).update();
		}
	}

	private void requireManagesAll(AccessScope scope, Set<UnitId> covered) {
		for (UnitId unit : covered) {
			if (!units.tree().contains(unit)) {
				throw new NotFoundException("unit not found");
			}
			Guard.manages(scope, unit, "unit");
		}
	}

	private static void requireHubAdmin(AccessScope scope) {
		if (!scope.isHubAdmin()) {
			throw new ForbiddenException("only hub admins register agencies");
		}
	}

	private String requireFreeName(String name) {
		if (jdbc.sql("select count(*) from agencies where lower(name) = lower(?)").param(name).query(Integer.class).single() > 0) {
			throw new IllegalArgumentException("an agency called '" + name + "' exists already");
		}
		return name;
	}
}
