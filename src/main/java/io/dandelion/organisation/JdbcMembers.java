package io.dandelion.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members with their language skills, read in two queries however many members are asked for. */
@Component
class JdbcMembers implements Members {

	static final String SELECT = "select m.id, m.username, m.display_name, m.email, m.enabled, m.home_unit_id from members m ";

	private final JdbcClient jdbc;
	private final UnitTreeCache units;

	JdbcMembers(JdbcClient jdbc, UnitTreeCache units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	@Override
	public Optional<MemberSummary> find(MemberId id) {
		return one(SELECT + "where m.id = ?", id.value());
	}

	@Override
	public Optional<MemberSummary> findByUsername(String username) {
		return one(SELECT + "where m.username = ?", username.trim().toLowerCase(Locale.ROOT));
	}

	@Override
	public List<MemberSummary> visibleTo(AccessScope scope) {
		UUID[] managed = ids(scope.units(Permission.ORGANISATION_MANAGE));
		return withLanguages(jdbc.sql(SELECT + """
				where m.home_unit_id = any(?)
				   or exists (select 1 from role_grants g where g.member_id = m.id and g.unit_id = any(?))
				   or exists (select 1 from team_members tm join teams t on t.id = tm.team_id
				              where tm.member_id = m.id and t.unit_id = any(?))
				order by m.display_name, m.username""")
			.params(managed, managed, managed)
			.query((rs, n) -> row(rs))
			.list());
	}

	@Override
	public List<MemberSummary> speaking(String language, UnitId unit) {
		List<UnitId> covering = new ArrayList<>(List.of(unit));
		units.tree().ancestors(unit).forEach(ancestor -> covering.add(ancestor.id()));
		return withLanguages(jdbc.sql(SELECT + """
				where m.enabled
				  and exists (select 1 from member_languages l where l.member_id = m.id and l.language = ?
				              and l.level in ('WORKING', 'FLUENT', 'NATIVE'))
				  and exists (select 1 from role_grants g where g.member_id = m.id and g.unit_id = any(?))
				order by m.display_name""")
			.params(Languages.require(language), ids(covering))
			.query((rs, n) -> row(rs))
			.list());
	}

	@Override
	public List<Grant> grantsOf(MemberId member) {
		return jdbc.sql("select role, unit_id from role_grants where member_id = ? order by granted_at, role")
			.param(member.value())
			.query((rs, n) -> new Grant(Role.valueOf(rs.getString(1)), new UnitId(rs.getObject(2, UUID.class))))
			.list();
	}

	private Optional<MemberSummary> one(String sql, Object parameter) {
		return withLanguages(jdbc.sql(sql).param(parameter).query((rs, n) -> row(rs)).list()).stream().findFirst();
	}

	/** Row without languages; {@link #withLanguages} fills them in. */
	static MemberSummary row(ResultSet rs) throws SQLException {
		return new MemberSummary(new MemberId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled"),
				new UnitId(rs.getObject("home_unit_id", UUID.class)), List.of());
	}

	List<MemberSummary> withLanguages(List<MemberSummary> members) {
		if (members.isEmpty()) {
			return members;
		}
		Map<UUID, List<LanguageSkill>> skills = new HashMap<>();
		jdbc.sql("""
				select member_id, language, level from member_languages where member_id = any(?)
				order by case level when 'NATIVE' then 0 when 'FLUENT' then 1 when 'WORKING' then 2 else 3 end, language""")
			.param(members.stream().map(m -> m.id().value()).toArray(UUID[]::new))
			.query((rs, n) -> skills.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(new LanguageSkill(rs.getString(2), LanguageLevel.valueOf(rs.getString(3)))))
			.list();
		return members.stream()
			.map(m -> new MemberSummary(m.id(), m.username(), m.displayName(), m.email(), m.enabled(), m.homeUnit(),
					skills.getOrDefault(m.id().value(), List.of())))
			.toList();
	}

	static UUID[] ids(Collection<UnitId> units) {
		return units.stream().map(UnitId::value).toArray(UUID[]::new);
	}
}
