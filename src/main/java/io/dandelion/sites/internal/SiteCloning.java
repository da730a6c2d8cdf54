package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.channels.ChannelId;
import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.sites.SiteId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies a site into a new one, for the same or another unit, with its own slug, host and locales. The
 * copy is one transaction reading one snapshot of the source (a concurrent edit is either wholly in it or
 * not at all) and writes only the new site: the source is never changed. What is copied, per page and
 * locale: the title, the draft (with its review state; a draft waiting for review is back to editing,
 * since the approval concerned the source), and the text last published; the region overrides; the
 * blueprint version. A locale the source lacks is pre-filled from the blueprint as on a new site, and the
 * site's own pages take the text of the first locale of the new site's fallback order that the source
 * has. History stays with the source: the copy starts its own, each text with a revision naming the
 * source and the revision it was copied from. Comments, releases and check results are the source's.
 */
@Component
class SiteCloning {

	private final JdbcClient jdbc;
	private final Sites sites;
	private final SitePages pages;
	private final Blueprints blueprints;
	private final AuditLog audit;

	SiteCloning(JdbcClient jdbc, Sites sites, SitePages pages, Blueprints blueprints, AuditLog audit) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.pages = pages;
		this.blueprints = blueprints;
		this.audit = audit;
	}

	@Transactional(isolation = Isolation.REPEATABLE_READ)
	Site copy(AccessScope scope, SiteId sourceId, UnitId unit, SiteSettings settings) {
		var source = sites.require(scope, sourceId);
		if (!scope.can(Permission.SITES_EDIT, unit)) {
			throw new SitesException.Forbidden("you may not make sites for this unit");
		}
		var problems = new ArrayList<>(settings.problems());
		taken("slug", settings.slug()).ifPresent(problems::add);
		if (settings.host() != null) {
			taken("host", settings.host()).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new SitesException.Invalid(problems);
		}
		var copy = new Site(SiteId.random(), unit, settings.name(), settings.slug(), settings.host(),
				settings.basePath(), settings.locales(), source.blueprint(), source.blueprintVersion(), ChannelId.random(),
				null);
		try {
			jdbc.sql("""
					insert into site (id, unit_id, name, slug, host, base_path, locales, blueprint_id, blueprint_version,
					                  channel_id, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(copy.id().value(), unit.value(), copy.name(), copy.slug(), copy.host(), copy.basePath(),
						copy.locales().toArray(String[]::new), copy.blueprint().value(), copy.blueprintVersion(),
						copy.channel().value(), scope.actor())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new SitesException.Invalid("the slug " + copy.slug() + " or the host " + copy.host()
					+ " was taken by another site meanwhile");
		}
		int texts = copyPages(scope.actor(), source, copy);
		int overrides = jdbc.sql("""
				insert into site_region_override (site_id, region, locale, body, updated_by)
				select ?, region, locale, body, ? from site_region_override where site_id = ? and locale = any(?)""")
			.params(copy.id().value(), scope.actor(), source.id().value(), copy.locales().toArray(String[]::new))
			.update();
		pages.seed(copy, blueprints.require(copy.blueprint(), copy.blueprintVersion()).definition(), copy.locales(),
				scope.actor());
		sites.openChannel(scope.actor(), copy);
		var after = new LinkedHashMap<String, Object>();
		after.put("source", source.id().toString());
		after.put("sourceSlug", source.slug());
		after.put("sourceUnit", source.unit().toString());
		after.put("slug", copy.slug());
		after.put("host", String.valueOf(copy.host()));
		after.put("locales", copy.locales());
		after.put("textsCopied", texts);
		after.put("regionOverridesCopied", overrides);
		audit.record(new AuditEntry(scope.actor(), "sites.site.cloned", unit, "site", copy.id().toString(), null, after));
		return sites.require(scope, copy.id());
	}

	/** Copies every page with its texts; returns how many texts were copied. */
	private int copyPages(String actor, Site source, Site copy) {
		var texts = pages.list(source);
		var bySlug = new LinkedHashMap<String, List<PageText>>();
		texts.forEach(t -> bySlug.computeIfAbsent(t.slug(), s -> new ArrayList<>()).add(t));
		Map<UUID, Integer> positions = new LinkedHashMap<>();
		jdbc.sql("select id, position from site_page where site_id = ?")
			.param(source.id().value())
			.query(rs -> {
				positions.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		int copied = 0;
		for (var page : bySlug.values()) {
			var first = page.get(0);
			UUID id = pages.pageId(copy, first.slug(), first.template(), positions.getOrDefault(first.pageId(), 0));
			for (String locale : copy.locales()) {
				Optional<PageText> from = page.stream().filter(t -> t.locale().equals(locale)).findFirst();
				if (from.isEmpty() && first.template() == null) {
					from = copy.fallbackChain(locale)
						.stream()
						.flatMap(l -> page.stream().filter(t -> t.locale().equals(l)))
						.findFirst();
				}
				if (from.isPresent()) {
					copyText(actor, source, from.get(), id, locale);
					copied++;
				}
			}
		}
		return copied;
	}

	private void copyText(String actor, Site source, PageText text, UUID page, String locale) {
		var state = text.state() == PageText.State.IN_REVIEW ? PageText.State.EDITING : text.state();
		jdbc.sql("""
				insert into site_page_text (page_id, locale, title, draft, state, published, updated_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(page, locale, text.title(), text.draft(), state.name(), text.published(), actor)
			.update();
		long revision = jdbc.sql("select coalesce(max(id), 0) from site_page_revision where page_id = ? and locale = ?")
			.params(text.pageId(), text.locale())
			.query(Long.class)
			.single();
		String note = "copied from " + source.slug() + (text.locale().equals(locale) ? "" : " (" + text.locale() + ")")
				+ (revision > 0 ? ", revision " + revision : "");
		pages.revision(page, locale, text.title(), text.draft(), note, actor);
	}

	/** Slugs and hosts share the public addresses {@code /s/{host or slug}/}, so neither may equal either. */
	private Optional<String> taken(String column, String value) {
		boolean taken = jdbc.sql("select exists (select 1 from site where slug = ? or host = ?)")
			.params(value, value)
			.query(Boolean.class)
			.single();
		return taken ? Optional.of("the " + column + " " + value + " is taken by another site") : Optional.empty();
	}
}
