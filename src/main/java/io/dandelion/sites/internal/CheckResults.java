package io.dandelion.sites.internal;

import io.dandelion.sites.SiteId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The latest outcome of each compliance check per site, for the hub's dashboard. */
@Component
class CheckResults {

	/** One stored outcome. */
	record Stored(SiteId site, CheckOutcome outcome, Instant checkedAt) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	CheckResults(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(SiteId site, List<CheckOutcome> outcomes) {
		for (var outcome : outcomes) {
			jdbc.sql("""
					insert into site_check_result (site_id, check_name, status, findings, checked_at)
					values (?, ?, ?, ?::jsonb, now())
					on conflict (site_id, check_name) do update set status = excluded.status,
					       findings = excluded.findings, checked_at = excluded.checked_at""")
				.params(site.value(), outcome.check().name(), outcome.status().name(),
						json.writeValueAsString(outcome.findings()))
				.update();
		}
	}

	List<Stored> forSites(List<SiteId> sites) {
		return jdbc.sql("""
				select site_id, check_name, status, findings::text, checked_at from site_check_result
				where site_id = any(?)""")
			.param(sites.stream().map(SiteId::value).toArray(UUID[]::new))
			.query((rs, n) -> new Stored(new SiteId(rs.getObject(1, UUID.class)),
					new CheckOutcome(CheckName.valueOf(rs.getString(2)), CheckOutcome.Status.valueOf(rs.getString(3)),
							json.readValue(rs.getString(4), new TypeReference<List<CheckOutcome.Finding>>() {
							})),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}
}
