package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A unit's own texts for the blueprint's overridable and local site-wide regions (never for locked ones). */
@Component
public class RegionOverrides {

	/** One override: region, locale, Markdown. */
	public record Override(String region, String locale, String body) {
	}

	private final JdbcClient jdbc;
	private final Blueprints blueprints;
	private final AuditLog audit;

	RegionOverrides(JdbcClient jdbc, Blueprints blueprints, AuditLog audit) {
		this.jdbc = jdbc;
		this.blueprints = blueprints;
		this.audit = audit;
	}

	List<Override> list(Site site) {
		return jdbc.sql("select region, locale, body from site_region_override where site_id = ? order by region, locale")
			.param(site.id().value())
			.query((rs, n) -> new Override(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** region → locale → Markdown. */
	Map<String, Map<String, String>> byRegion(Site site) {
		var map = new HashMap<String, Map<String, String>>();
		list(site).forEach(o -> map.computeIfAbsent(o.region(), r -> new HashMap<>()).put(o.locale(), o.body()));
		return map;
	}

	void save(AccessScope scope, Site site, String region, String locale, String body) {
		var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
		var spec = definition.region(region)
			.orElseThrow(() -> new SitesException.NotFound("the blueprint has no region " + region));
		if (spec.mode() == RegionMode.LOCKED) {
			throw new SitesException.Forbidden("region " + region + " is locked by the blueprint: only the hub changes it");
		}
		if (!site.locales().contains(locale)) {
			throw new SitesException.Invalid("the site has no locale " + locale);
		}
		if (body == null || body.length() > SitePages.MAX_BODY) {
			throw new SitesException.Invalid("a region may hold up to " + SitePages.MAX_BODY + " characters");
		}
		jdbc.sql("""
				insert into site_region_override (site_id, region, locale, body, updated_by) values (?, ?, ?, ?, ?)
				on conflict (site_id, region, locale) do update set body = excluded.body, updated_by = excluded.updated_by,
				       updated_at = now()""")
			.params(site.id().value(), region, locale, body, scope.actor())
			.update();
		audit.record(new AuditEntry(scope.actor(), "sites.region.overridden", site.unit(), "site", site.id().toString(),
				null, Map.of("region", region, "locale", locale)));
	}

	void remove(AccessScope scope, Site site, String region, String locale) {
		int removed = jdbc.sql("delete from site_region_override where site_id = ? and region = ? and locale = ?")
			.params(site.id().value(), region, locale)
			.update();
		if (removed > 0) {
			audit.record(new AuditEntry(scope.actor(), "sites.region.reverted", site.unit(), "site",
					site.id().toString(), null, Map.of("region", region, "locale", locale)));
		}
	}
}
