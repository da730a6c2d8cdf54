package io.dandelion.sites.internal;

import io.dandelion.organisation.UnitId;
import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The rows of rollouts and their per-site steps: plans and snapshots as JSON. */
@Component
class RolloutRecords {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RolloutRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(RolloutId id, BlueprintId blueprint, int version, String actor) {
		jdbc.sql("insert into site_rollout (id, blueprint_id, target_version, status, created_by) values (?, ?, ?, 'PLANNED', ?)")
			.params(id.value(), blueprint.value(), version, actor)
			.update();
	}

	void insertStep(RolloutId id, Site site, RolloutPlan plan) {
		jdbc.sql("insert into site_rollout_site (rollout_id, site_id, from_version, plan, status) values (?, ?, ?, ?::jsonb, 'PENDING')")
			.params(id.value(), site.id().value(), site.blueprintVersion(), json.writeValueAsString(plan))
			.update();
	}

	/** Moves the rollout from one status to another; false when it was not in {@code from}. */
	boolean move(RolloutId id, Rollout.Status from, Rollout.Status to, @Nullable String actor) {
		String column = switch (to) {
			case RUNNING -> ", started_by = ?, started_at = now()";
			case ROLLING_BACK -> ", rolled_back_by = ?";
			default -> ", finished_at = now()";
		};
		var sql = jdbc.sql("update site_rollout set status = ?" + column + " where id = ? and status = ?")
			.param(to.name());
		if (to == Rollout.Status.RUNNING || to == Rollout.Status.ROLLING_BACK) {
			sql = sql.param(actor);
		}
		return sql.param(id.value()).param(from.name()).update() == 1;
	}

	/** Locks the step if it is in {@code status} and no other node holds it; its from-version and snapshot. */
	Optional<LockedStep> lockStep(RolloutId id, SiteId site, Rollout.StepStatus status) {
		return jdbc.sql("""
				select from_version, snapshot::text from site_rollout_site where rollout_id = ? and site_id = ? and status = ?
				for update skip locked""")
			.params(id.value(), site.value(), status.name())
			.query((rs, n) -> new LockedStep(rs.getInt(1),
					rs.getString(2) == null ? null : json.readValue(rs.getString(2), SiteSnapshot.class)))
			.optional();
	}

	/** A locked step: where the site came from, and its snapshot once upgraded. */
	record LockedStep(int fromVersion, @Nullable SiteSnapshot snapshot) {
	}

	void upgraded(RolloutId id, SiteId site, RolloutPlan plan, SiteSnapshot snapshot) {
		jdbc.sql("""
				update site_rollout_site set status = 'UPGRADED', plan = ?::jsonb, snapshot = ?::jsonb, message = null,
				       updated_at = now() where rollout_id = ? and site_id = ?""")
			.params(json.writeValueAsString(plan), json.writeValueAsString(snapshot), id.value(), site.value())
			.update();
	}

	void step(RolloutId id, SiteId site, Rollout.StepStatus status, @Nullable String message) {
		jdbc.sql("update site_rollout_site set status = ?, message = ?, updated_at = now() where rollout_id = ? and site_id = ?")
			.params(status.name(), message, id.value(), site.value())
			.update();
	}

	List<SiteId> sites(RolloutId id, Rollout.StepStatus status) {
		return jdbc.sql("select site_id from site_rollout_site where rollout_id = ? and status = ? order by site_id")
			.params(id.value(), status.name())
			.query((rs, n) -> new SiteId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** The actor who started the run ({@code RUNNING}) or the rollback ({@code ROLLING_BACK}). */
	String actor(RolloutId id, Rollout.Status status) {
		return jdbc.sql("select coalesce(" + (status == Rollout.Status.RUNNING ? "started_by" : "rolled_back_by")
				+ ", created_by) from site_rollout where id = ?")
			.param(id.value())
			.query(String.class)
			.single();
	}

	List<RolloutId> withStatus(Rollout.Status status) {
		return jdbc.sql("select id from site_rollout where status = ? order by created_at")
			.param(status.name())
			.query((rs, n) -> new RolloutId(rs.getObject(1, UUID.class)))
			.list();
	}

	Optional<Rollout> find(RolloutId id) {
		return jdbc.sql(HEAD + " where r.id = ?").param(id.value()).query(this::rollout).optional();
	}

	/** The newest rollouts first. */
	List<Rollout> recent(int limit) {
		return jdbc.sql(HEAD + " order by r.created_at desc limit ?").param(limit).query(this::rollout).list();
	}

	private static final String HEAD = """
			select r.id, r.blueprint_id, b.name, r.target_version, r.status, r.created_by, r.created_at, r.finished_at
			from site_rollout r join site_blueprint b on b.id = r.blueprint_id""";

	private Rollout rollout(ResultSet rs, int row) throws SQLException {
		var id = new RolloutId(rs.getObject(1, UUID.class));
		var finished = rs.getObject(8, OffsetDateTime.class);
		return new Rollout(id, new BlueprintId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getInt(4),
				Rollout.Status.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant(), steps(id));
	}

	private List<Rollout.Step> steps(RolloutId id) {
		return jdbc.sql("""
				select s.id, s.name, s.unit_id, r.from_version, r.plan::text, r.status, r.message
				from site_rollout_site r join site s on s.id = r.site_id where r.rollout_id = ? order by s.name""")
			.param(id.value())
			.query((rs, n) -> new Rollout.Step(new SiteId(rs.getObject(1, UUID.class)), rs.getString(2),
					new UnitId(rs.getObject(3, UUID.class)), rs.getInt(4), json.readValue(rs.getString(5), RolloutPlan.class),
					Rollout.StepStatus.valueOf(rs.getString(6)), rs.getString(7)))
			.list();
	}
}
