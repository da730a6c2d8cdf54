package io.dandelion.sites.internal;

import io.dandelion.sites.BlueprintId;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Blueprints and their versions. A version is a draft until the hub publishes it; from then on it is
 * immutable (the database refuses changes) and sites may be made from it or upgraded to it.
 */
@Component
public class Blueprints {

	/** One version of a blueprint. */
	public record Version(BlueprintId blueprint, String name, int number, boolean published, BlueprintDefinition definition,
			@Nullable Instant publishedAt) {
	}

	/** A blueprint with its newest version and its newest published version (0 when none is). */
	public record Summary(BlueprintId id, String name, int latest, int latestPublished) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AuditLog audit;

	Blueprints(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
	}

	List<Summary> all() {
		return jdbc.sql("""
				select b.id, b.name, max(v.version), coalesce(max(v.version) filter (where v.published), 0)
				from site_blueprint b join site_blueprint_version v on v.blueprint_id = b.id
				group by b.id, b.name order by b.name""")
			.query((rs, n) -> new Summary(new BlueprintId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getInt(3),
					rs.getInt(4)))
			.list();
	}

	/** The blueprint's summary; 404 when there is no such blueprint. */
	Summary summary(BlueprintId id) {
		return all().stream()
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new SitesException.NotFound("no blueprint " + id));
	}

	Optional<BlueprintId> findByName(String name) {
		return jdbc.sql("select id from site_blueprint where name = ?")
			.param(name)
			.query((rs, n) -> new BlueprintId(rs.getObject(1, UUID.class)))
			.optional();
	}

	Optional<Version> version(BlueprintId id, int number) {
		return jdbc.sql("""
				select b.name, v.version, v.published, v.definition::text, v.published_at
				from site_blueprint b join site_blueprint_version v on v.blueprint_id = b.id
				where b.id = ? and v.version = ?""")
			.params(id.value(), number)
			.query((rs, n) -> new Version(id, rs.getString(1), rs.getInt(2), rs.getBoolean(3),
					json.readValue(rs.getString(4), BlueprintDefinition.class), instant(rs.getObject(5, OffsetDateTime.class))))
			.optional();
	}

	Version require(BlueprintId id, int number) {
		return version(id, number).orElseThrow(() -> new SitesException.NotFound("no version " + number + " of blueprint " + id));
	}

	Optional<Version> latestPublished(BlueprintId id) {
		return jdbc.sql("select max(version) from site_blueprint_version where blueprint_id = ? and published")
			.param(id.value())
			.query(Integer.class)
			.optional()
			.flatMap(number -> version(id, number));
	}

	/** Makes a blueprint whose version 1 is a draft. */
	@Transactional
	BlueprintId create(AccessScope scope, String name, BlueprintDefinition definition) {
		requireHub(scope);
		if (name == null || name.isBlank() || name.length() > 120) {
			throw new SitesException.Invalid("a blueprint needs a name of 1 to 120 characters");
		}
		if (findByName(name.strip()).isPresent()) {
			throw new SitesException.Conflict("a blueprint named " + name.strip() + " exists already");
		}
		var id = BlueprintId.random();
		jdbc.sql("insert into site_blueprint (id, name) values (?, ?)").params(id.value(), name.strip()).update();
		insertVersion(scope, id, 1, definition);
		audit.record(new AuditEntry(scope.actor(), "sites.blueprint.created", null, "blueprint", id.toString(), null,
				Map.of("name", name.strip())));
		return id;
	}

	/** Saves the definition into the blueprint's open draft, making a new draft version when the newest is published. */
	@Transactional
	int saveDraft(AccessScope scope, BlueprintId id, BlueprintDefinition definition) {
		requireHub(scope);
		var summary = summary(id);
		int number = summary.latest();
		@Nullable BlueprintDefinition before = null;
		if (summary.latest() > summary.latestPublished()) {
			before = require(id, number).definition();
			jdbc.sql("update site_blueprint_version set definition = ?::jsonb where blueprint_id = ? and version = ?")
				.params(json.writeValueAsString(definition), id.value(), number)
				.update();
		}
		else {
			number = summary.latest() + 1;
			insertVersion(scope, id, number, definition);
		}
		audit.record(new AuditEntry(scope.actor(), "sites.blueprint.draft-saved", null, "blueprint", id.toString(),
				before, Map.of("name", summary.name(), "version", number, "definition", definition)));
		return number;
	}

	/** Publishes a draft version after validating it; afterwards it can never change. */
	@Transactional
	void publish(AccessScope scope, BlueprintId id, int number) {
		requireHub(scope);
		var version = require(id, number);
		if (version.published()) {
			throw new SitesException.Conflict("version " + number + " is published already");
		}
		var problems = version.definition().problems();
		if (!problems.isEmpty()) {
			throw new SitesException.Invalid(problems);
		}
		jdbc.sql("update site_blueprint_version set published = true, published_at = now() where blueprint_id = ? and version = ?")
			.params(id.value(), number)
			.update();
		audit.record(new AuditEntry(scope.actor(), "sites.blueprint.published", null, "blueprint", id.toString(), null,
				Map.of("name", version.name(), "version", number)));
	}

	private void insertVersion(AccessScope scope, BlueprintId id, int number, BlueprintDefinition definition) {
		jdbc.sql("insert into site_blueprint_version (blueprint_id, version, definition, created_by) values (?, ?, ?::jsonb, ?)")
			.params(id.value(), number, json.writeValueAsString(definition), scope.actor())
			.update();
	}

	static void requireHub(AccessScope scope) {
		if (!scope.isHubAdmin()) {
			throw new SitesException.Forbidden("only the hub changes blueprints and rolls them out");
		}
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
