package io.dandelion.sites.internal;

import io.dandelion.sites.BlueprintId;
import io.dandelion.sites.SiteId;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.channels.ChannelProvisioning;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites, always seen through the caller's scope: a site is visible and changeable only to callers who
 * may edit sites on its unit, so the editor of one site can never reach another unit's site.
 */
@Component
class Sites {

	private static final String COLUMNS = """
			select id, unit_id, name, slug, host, base_path, locales, blueprint_id, blueprint_version, channel_id,
			       published_at from site""";

	private final JdbcClient jdbc;
	private final Blueprints blueprints;
	private final SitePages pages;
	private final AuditLog audit;
	private final ChannelProvisioning channels;

	Sites(JdbcClient jdbc, Blueprints blueprints, SitePages pages, AuditLog audit, ChannelProvisioning channels) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.blueprints = blueprints;
		this.pages = pages;
		this.audit = audit;
	}

	/** The caller's sites, by name. */
	List<Site> visible(AccessScope scope) {
		return jdbc.sql(COLUMNS + " where unit_id = any(?) order by name")
			.param(ids(scope.units(Permission.SITES_EDIT)))
			.query(Sites::site)
			.list();
	}

	/** The site, if the caller may edit sites on its unit; otherwise as if it did not exist. */
	Site require(AccessScope scope, SiteId id) {
		return find(id).filter(site -> scope.can(Permission.SITES_EDIT, site.unit()))
			.orElseThrow(() -> new SitesException.NotFound("no site " + id));
	}

	/** Unscoped: for the public copy, the comment form and system jobs only. */
	Optional<Site> find(SiteId id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id.value()).query(Sites::site).optional();
	}

	/** Unscoped: the site published under a host or slug. */
	Optional<Site> findPublic(String hostOrSlug) {
		return jdbc.sql(COLUMNS + " where host = ? or slug = ? order by host nulls last limit 1")
			.params(hostOrSlug, hostOrSlug)
			.query(Sites::site)
			.optional();
	}

	/** Whether the channel is a site's, where its comments come from (cheap: the pipeline asks for every batch). */
	boolean isSiteChannel(ChannelId channel) {
		return jdbc.sql("select exists (select 1 from site where channel_id = ?)")
			.param(channel.value())
			.query(Boolean.class)
			.single();
	}

	/** Unscoped, for system jobs: the site, its row locked until the transaction ends. */
	Site lock(SiteId id) {
		return jdbc.sql(COLUMNS + " where id = ? for update")
			.param(id.value())
			.query(Sites::site)
			.optional()
			.orElseThrow(() -> new SitesException.NotFound("no site " + id));
	}

	List<Site> all() {
		return jdbc.sql(COLUMNS + " order by name").query(Sites::site).list();
	}

	/** Makes a site for a unit from the latest published version of a blueprint, every page pre-filled. */
	@Transactional
	Site create(AccessScope scope, UnitId unit, BlueprintId blueprint, SiteSettings settings) {
		if (!scope.can(Permission.SITES_EDIT, unit)) {
			throw new SitesException.Forbidden("you may not make sites for this unit");
		}
		validate(settings);
		var version = blueprints.latestPublished(blueprint)
			.orElseThrow(() -> new SitesException.Invalid("blueprint " + blueprint + " has no published version yet"));
		var site = new Site(SiteId.random(), unit, settings.name(), settings.slug(), settings.host(),
				settings.basePath(), settings.locales(), blueprint, version.number(), ChannelId.random(), null);
		try {
			jdbc.sql("""
					insert into site (id, unit_id, name, slug, host, base_path, locales, blueprint_id, blueprint_version,
					                  channel_id, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(site.id().value(), unit.value(), site.name(), site.slug(), site.host(), site.basePath(),
						site.locales().toArray(String[]::new), blueprint.value(), version.number(), site.channel().value(),
						scope.actor())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new SitesException.Conflict("the slug " + site.slug() + " or host " + site.host() + " is taken by another site");
		}
		pages.seed(site, version.definition(), site.locales(), scope.actor());
		openChannel(scope.actor(), site);
		audit.record(new AuditEntry(scope.actor(), "sites.site.created", unit, "site", site.id().toString(), null,
				Map.of("slug", site.slug(), "blueprint", version.name(), "version", version.number())));
		return site;
	}

	/** Changes name, host, path and locales; a new locale gets every page pre-filled from the blueprint. */
	@Transactional
	Site update(AccessScope scope, SiteId id, SiteSettings settings) {
		var site = require(scope, id);
		validate(settings);
		if (!settings.slug().equals(site.slug())) {
			throw new SitesException.Invalid("the slug of a site cannot change; its public address depends on it");
		}
		try {
			jdbc.sql("update site set name = ?, host = ?, base_path = ?, locales = ? where id = ?")
				.params(settings.name(), settings.host(), settings.basePath(), settings.locales().toArray(String[]::new),
						id.value())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new SitesException.Conflict("the host " + settings.host() + " is taken by another site");
		}
		var added = settings.locales().stream().filter(l -> !site.locales().contains(l)).toList();
		if (!added.isEmpty()) {
			var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
			pages.seed(require(scope, id), definition, added, scope.actor());
		}
		audit.record(new AuditEntry(scope.actor(), "sites.site.settings-changed", site.unit(), "site", id.toString(),
				Map.of("host", String.valueOf(site.host()), "basePath", site.basePath(), "locales", site.locales()),
				Map.of("host", String.valueOf(settings.host()), "basePath", settings.basePath(), "locales",
						settings.locales())));
		return require(scope, id);
	}

	/**
	 * Opens the site's channel, through which its comments enter the pipeline. When the unit and those above
	 * it have no team to own it yet, the first comment tries again ({@link SiteComments#deliver}).
	 */
	boolean openChannel(String actor, Site site) {
		return channels.ensure(actor, site.channel(), site.unit(), "site", "site " + site.slug());
	}

	void setBlueprintVersion(SiteId id, int version) {
		jdbc.sql("update site set blueprint_version = ? where id = ?").params(version, id.value()).update();
	}

	void markPublished(SiteId id) {
		jdbc.sql("update site set published_at = now() where id = ?").param(id.value()).update();
	}

	private void validate(SiteSettings settings) {
		var problems = settings.problems();
		if (!problems.isEmpty()) {
			throw new SitesException.Invalid(problems);
		}
	}

	static UUID[] ids(Collection<UnitId> units) {
		return units.stream().map(UnitId::value).toArray(UUID[]::new);
	}

	private static Site site(ResultSet rs, int row) throws SQLException {
		var published = rs.getObject(11, OffsetDateTime.class);
		return new Site(new SiteId(rs.getObject(1, UUID.class)), new UnitId(rs.getObject(2, UUID.class)),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
				Arrays.asList((String[]) rs.getArray(7).getArray()), new BlueprintId(rs.getObject(8, UUID.class)),
				rs.getInt(9), new ChannelId(rs.getObject(10, UUID.class)), published == null ? null : published.toInstant());
	}
}
