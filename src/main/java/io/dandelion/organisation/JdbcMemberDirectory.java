package io.dandelion.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members for sign-in, and the scope their grants (and agency contract) give them. */
@Component
class JdbcMemberDirectory implements MemberDirectory {

	private static final String ACCOUNT = "select id, username, email, display_name, password_hash, enabled from members ";

	private final JdbcClient jdbc;
	private final UnitTreeCache units;
	private final SystemScope system;

	JdbcMemberDirectory(JdbcClient jdbc, UnitTreeCache units) {
		this.jdbc = jdbc;
		this.units = units;
		this.system = new SystemScope(units);
	}

	@Override
	public Optional<MemberAccount> findByUsername(String username) {
		return jdbc.sql(ACCOUNT + "where username = ?")
			.param(username.trim().toLowerCase(Locale.ROOT))
			.query((rs, n) -> account(rs))
			.optional();
	}

	@Override
	public Optional<MemberAccount> findByEmail(String email) {
		return jdbc.sql(ACCOUNT + "where lower(email) = lower(?)").param(email.trim()).query((rs, n) -> account(rs)).optional();
	}

	@Override
	public AccessScope scopeOf(MemberId member) {
		var account = jdbc.sql("select username, enabled from members where id = ?")
			.param(member.value())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2) })
			.optional();
		if (account.isEmpty() || !(Boolean) account.get()[1]) {
			return GrantedScope.none(account.map(a -> (String) a[0]).orElse("unknown"));
		}
		List<Grant> grants = jdbc.sql("select role, unit_id from role_grants where member_id = ?")
			.param(member.value())
			.query((rs, n) -> new Grant(Role.valueOf(rs.getString(1)), new UnitId(rs.getObject(2, UUID.class))))
			.list();
		return GrantedScope.of(units.tree(), member, (String) account.get()[0], grants, contractOf(member));
	}

	@Override
	public AccessScope scopeFor(String actor, Collection<Grant> grants) {
		return GrantedScope.of(units.tree(), null, actor, List.copyOf(grants), null);
	}

	@Override
	public AccessScope system() {
		return system;
	}

	/**
	 * The contract of the agency teams the member is in, merged when there are several (one agency only, which
	 * {@link TeamAdministration} enforces). A contract outside its dates covers nothing.
	 */
	private @Nullable ContractLimits contractOf(MemberId member) {
		record Row(UUID id, UUID agency, List<String> languages, List<String> platforms, boolean mask, boolean current) {
		}
		List<Row> rows = jdbc.sql("""
				select distinct c.id, c.agency_id, c.languages, c.platforms, c.mask_personal_data,
				       (c.starts_on is null or c.starts_on <= ?) and (c.ends_on is null or c.ends_on >= ?) as current
				from contracts c join teams t on t.contract_id = c.id join team_members tm on tm.team_id = t.id
				where tm.member_id = ?""")
			.params(LocalDate.now(), LocalDate.now(), member.value())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					UnitTreeCache.strings(rs.getArray(3)), UnitTreeCache.strings(rs.getArray(4)), rs.getBoolean(5),
					rs.getBoolean(6)))
			.list();
		if (rows.isEmpty()) {
			return null;
		}
		Set<UnitId> covered = new HashSet<>();
		Set<String> languages = new HashSet<>();
		Set<String> platforms = new HashSet<>();
		boolean allLanguages = false;
		boolean allPlatforms = false;
		boolean mask = false;
		for (Row row : rows) {
			mask |= row.mask();
			if (!row.current()) {
				continue;
			}
			covered.addAll(jdbc.sql("select unit_id from contract_units where contract_id = ?")
				.param(row.id())
				.query((rs, n) -> new UnitId(rs.getObject(1, UUID.class)))
				.list());
			allLanguages |= row.languages().isEmpty();
			allPlatforms |= row.platforms().isEmpty();
			languages.addAll(row.languages());
			platforms.addAll(row.platforms());
		}
		return new ContractLimits(new AgencyId(rows.get(0).agency()), covered, allLanguages ? Set.of() : languages,
				allPlatforms ? Set.of() : platforms, mask);
	}

	private static MemberAccount account(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MemberAccount(new MemberId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
				rs.getBoolean("enabled"));
	}
}
