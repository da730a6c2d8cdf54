package io.dandelion.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAgencies implements Agencies {

	private static final String CONTRACT = """
			select c.*, array(select unit_id from contract_units cu where cu.contract_id = c.id) as units
			from contracts c
			""";

	private final JdbcClient jdbc;

	JdbcAgencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AgencySummary> all() {
		return jdbc.sql("select id, name from agencies order by name").query((rs, n) -> agency(rs)).list();
	}

	@Override
	public Optional<AgencySummary> find(AgencyId id) {
		return jdbc.sql("select id, name from agencies where id = ?").param(id.value()).query((rs, n) -> agency(rs)).optional();
	}

	@Override
	public List<ContractSummary> contracts(AgencyId agency) {
		return jdbc.sql(CONTRACT + "where c.agency_id = ? order by c.name")
			.param(agency.value())
			.query((rs, n) -> contract(rs))
			.list();
	}

	@Override
	public Optional<ContractSummary> contract(UUID id) {
		return jdbc.sql(CONTRACT + "where c.id = ?").param(id).query((rs, n) -> contract(rs)).optional();
	}

	private static AgencySummary agency(ResultSet rs) throws SQLException {
		return new AgencySummary(new AgencyId(rs.getObject("id", UUID.class)), rs.getString("name"));
	}

	private static ContractSummary contract(ResultSet rs) throws SQLException {
		var units = new HashSet<UnitId>();
		for (Object unit : (Object[]) rs.getArray("units").getArray()) {
			units.add(new UnitId((UUID) unit));
		}
		return new ContractSummary(rs.getObject("id", UUID.class), new AgencyId(rs.getObject("agency_id", UUID.class)),
				rs.getString("name"), units, UnitTreeCache.strings(rs.getArray("languages")),
				new HashSet<>(UnitTreeCache.strings(rs.getArray("platforms"))), rs.getBoolean("mask_personal_data"),
				rs.getInt("hours_per_week"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class));
	}
}
