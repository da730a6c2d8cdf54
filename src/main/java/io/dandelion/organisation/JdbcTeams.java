package io.dandelion.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Teams with the languages their enabled members answer customers in. */
@Component
class JdbcTeams implements Teams {

	private static final String SELECT = """
			select t.id, t.unit_id, t.name, t.kind,
			       array(select distinct l.language from team_members tm join members m on m.id = tm.member_id
			             join member_languages l on l.member_id = m.id
			             where tm.team_id = t.id and m.enabled and l.level in ('WORKING', 'FLUENT', 'NATIVE')
			             order by l.language) as languages
			from teams t
			""";

	private static final String LEVEL_ORDER = "case l.level when 'NATIVE' then 0 when 'FLUENT' then 1 else 2 end";

	private final JdbcClient jdbc;
	private final JdbcMembers members;
	private final UnitTreeCache units;

	JdbcTeams(JdbcClient jdbc, JdbcMembers members, UnitTreeCache units) {
		this.jdbc = jdbc;
		this.members = members;
		this.units = units;
	}

	@Override
	public Optional<TeamSummary> find(TeamId id) {
		return jdbc.sql(SELECT + "where t.id = ?").param(id.value()).query((rs, n) -> row(rs)).optional();
	}

	@Override
	public List<TeamSummary> ofUnit(UnitId unit) {
		return jdbc.sql(SELECT + "where t.unit_id = ? order by t.name").param(unit.value()).query((rs, n) -> row(rs)).list();
	}

	@Override
	public List<TeamSummary> ofUnit(UnitId unit, TeamKind kind) {
		return jdbc.sql(SELECT + "where t.unit_id = ? and t.kind = ? order by t.name")
			.params(unit.value(), kind.name())
			.query((rs, n) -> row(rs))
			.list();
	}

	@Override
	public Optional<UUID> contractOf(TeamId team) {
		return jdbc.sql("select contract_id from teams where id = ? and contract_id is not null")
			.param(team.value())
			.query(UUID.class)
			.optional();
	}

	@Override
	public List<TeamMember> members(TeamId team) {
		return teamMembers("""
				where m.enabled and tm.team_id = ? order by m.display_name""", team.value());
	}

	@Override
	public List<TeamMember> membersSpeaking(TeamId team, String language) {
		return teamMembers("join member_languages l on l.member_id = m.id and l.language = ? "
				+ "where m.enabled and tm.team_id = ? and l.level in ('WORKING', 'FLUENT', 'NATIVE') order by "
				+ LEVEL_ORDER + ", m.display_name", Languages.require(language), team.value());
	}

	private List<TeamMember> teamMembers(String rest, Object... parameters) {
		List<Integer> capacities = new ArrayList<>();
		List<MemberSummary> found = jdbc
			.sql(JdbcMembers.SELECT.replace("from members m", ", tm.capacity from members m")
					+ "join team_members tm on tm.member_id = m.id " + rest)
			.params(parameters)
			.query((rs, n) -> {
				capacities.add(rs.getInt("capacity"));
				return JdbcMembers.row(rs);
			})
			.list();
		List<MemberSummary> withLanguages = members.withLanguages(found);
		List<TeamMember> result = new ArrayList<>();
		for (int i = 0; i < withLanguages.size(); i++) {
			result.add(new TeamMember(withLanguages.get(i), capacities.get(i)));
		}
		return result;
	}

	@Override
	public List<TeamSummary> agencyTeamsCovering(UnitId unit, String language, String platform) {
		List<UnitId> covering = new ArrayList<>(List.of(unit));
		units.tree().ancestors(unit).forEach(ancestor -> covering.add(ancestor.id()));
		return jdbc.sql(SELECT + """
				join contracts c on c.id = t.contract_id
				where (cardinality(c.languages) = 0 or ? = any(c.languages))
				  and (cardinality(c.platforms) = 0 or ? = any(c.platforms))
				  and (c.starts_on is null or c.starts_on <= current_date)
				  and (c.ends_on is null or c.ends_on >= current_date)
				  and exists (select 1 from contract_units cu where cu.contract_id = c.id and cu.unit_id = any(?))
				order by t.name""")
			.params(Languages.require(language), platform, JdbcMembers.ids(covering))
			.query((rs, n) -> row(rs))
			.list();
	}

	@Override
	public List<TeamSummary> ofMember(MemberId member) {
		return jdbc.sql(SELECT + "join team_members x on x.team_id = t.id where x.member_id = ? order by t.name")
			.param(member.value())
			.query((rs, n) -> row(rs))
			.list();
	}

	private static TeamSummary row(ResultSet rs) throws SQLException {
		return new TeamSummary(new TeamId(rs.getObject("id", UUID.class)), new UnitId(rs.getObject("unit_id", UUID.class)),
				rs.getString("name"), TeamKind.valueOf(rs.getString("kind")), UnitTreeCache.strings(rs.getArray("languages")));
	}
}
