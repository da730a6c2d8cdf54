package io.dandelion.sites.internal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves one site to another blueprint version and back. The caller runs each in its own transaction.
 * An upgrade never loses a text: what the new version no longer lets the site show is in the snapshot,
 * and every text a rollback changes gets a revision, so edits made after the upgrade stay in history.
 */
@Component
class SiteUpgrades {

	private final JdbcClient jdbc;
	private final Sites sites;
	private final SitePages pages;
	private final RegionOverrides overrides;

	SiteUpgrades(JdbcClient jdbc, Sites sites, SitePages pages, RegionOverrides overrides) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.pages = pages;
		this.overrides = overrides;
	}

	SiteSnapshot snapshot(Site site) {
		var pageRows = jdbc.sql("select id, slug, template, position from site_page where site_id = ? order by position, slug")
			.param(site.id().value())
			.query((rs, n) -> new SiteSnapshot.Page(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getInt(4)))
			.list();
		var texts = jdbc.sql("""
				select t.page_id, t.locale, t.title, t.draft, t.state, t.submitted_by, t.published, t.updated_by
				from site_page_text t join site_page p on p.id = t.page_id where p.site_id = ?
				order by t.page_id, t.locale""")
			.param(site.id().value())
			.query((rs, n) -> new SiteSnapshot.Text(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		return new SiteSnapshot(site.blueprintVersion(), pageRows, texts, overrides.list(site));
	}

	/** Applies {@code to} to the site as {@link BlueprintChanges} announced it; the site must be at its from-version. */
	void upgrade(Site site, int toVersion, BlueprintDefinition to, String actor) {
		for (var own : overrides.list(site)) {
			var region = to.region(own.region());
			if (region.isEmpty() || region.get().mode() == RegionMode.LOCKED) {
				jdbc.sql("delete from site_region_override where site_id = ? and region = ? and locale = ?")
					.params(site.id().value(), own.region(), own.locale())
					.update();
			}
		}
		var upgraded = withVersion(site, toVersion);
		for (var text : pages.list(site)) {
			String template = text.template() != null ? text.template() : text.slug();
			var target = to.page(template);
			if (target.isEmpty()) {
				if (text.template() != null) {
					leaveBlueprint(site, text);
				}
				continue;
			}
			var chain = site.fallbackChain(text.locale());
			String hubTitle = Objects.requireNonNullElse(BlueprintDefinition.text(target.get().titles(), chain), template);
			String hubBody = Objects.requireNonNullElse(BlueprintDefinition.text(target.get().bodies(), chain), "");
			switch (target.get().mode()) {
				case LOCKED -> {
					if (text.draft() != null || !text.title().equals(hubTitle)) {
						rewrite(text, hubTitle, null, actor, "locked by blueprint v" + toVersion);
					}
				}
				case LOCAL -> {
					if (text.draft() == null) {
						rewrite(text, text.title(), hubBody, actor, "the site's own from blueprint v" + toVersion);
					}
				}
				case OVERRIDABLE -> {
					if (text.draft() == null && !text.title().equals(hubTitle)) {
						rewrite(text, hubTitle, null, actor, "title from blueprint v" + toVersion);
					}
				}
			}
		}
		sites.setBlueprintVersion(site.id(), toVersion);
		pages.seed(upgraded, to, site.locales(), actor);
	}

	/** Puts the snapshot back: version, pages, texts (each change with a revision) and region overrides. */
	void restore(Site site, SiteSnapshot snapshot, String actor) {
		var now = snapshot(site);
		var keep = snapshot.pages().stream().map(SiteSnapshot.Page::id).toArray(UUID[]::new);
		jdbc.sql("delete from site_page where site_id = ? and id <> all(?)").params(site.id().value(), keep).update();
		for (var page : snapshot.pages()) {
			jdbc.sql("""
					insert into site_page (id, site_id, slug, template, position) values (?, ?, ?, ?, ?)
					on conflict (id) do update set slug = excluded.slug, template = excluded.template,
					       position = excluded.position""")
				.params(page.id(), site.id().value(), page.slug(), page.template(), page.position())
				.update();
		}
		for (var text : snapshot.texts()) {
			jdbc.sql("""
					insert into site_page_text (page_id, locale, title, draft, state, submitted_by, published, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (page_id, locale) do update set title = excluded.title, draft = excluded.draft,
					       state = excluded.state, submitted_by = excluded.submitted_by, updated_by = excluded.updated_by,
					       updated_at = now()""")
				.params(text.page(), text.locale(), text.title(), text.draft(), text.state(), text.submittedBy(),
						text.published(), text.updatedBy())
				.update();
			boolean differs = now.texts()
				.stream()
				.noneMatch(t -> t.page().equals(text.page()) && t.locale().equals(text.locale())
						&& Objects.equals(t.draft(), text.draft()) && t.title().equals(text.title()));
			if (differs) {
				pages.revision(text.page(), text.locale(), text.title(), text.draft(),
						"rolled back to blueprint v" + snapshot.blueprintVersion(), actor);
			}
		}
		jdbc.sql("delete from site_region_override where site_id = ?").param(site.id().value()).update();
		for (var own : snapshot.overrides()) {
			jdbc.sql("insert into site_region_override (site_id, region, locale, body, updated_by) values (?, ?, ?, ?, ?)")
				.params(site.id().value(), own.region(), own.locale(), own.body(), actor)
				.update();
		}
		sites.setBlueprintVersion(site.id(), snapshot.blueprintVersion());
	}

	/** A page the blueprint drops: with a text of the site's own it becomes the site's page, else it goes. */
	private void leaveBlueprint(Site site, PageText text) {
		boolean own = pages.list(site)
			.stream()
			.anyMatch(t -> t.pageId().equals(text.pageId()) && t.draft() != null);
		if (own) {
			jdbc.sql("update site_page set template = null where id = ?").param(text.pageId()).update();
		}
		else {
			jdbc.sql("delete from site_page where id = ?").param(text.pageId()).update();
		}
	}

	private void rewrite(PageText text, String title, @Nullable String body, String actor, String note) {
		jdbc.sql("""
				update site_page_text set title = ?, draft = ?, state = 'APPROVED', submitted_by = null, updated_by = ?,
				       updated_at = now() where page_id = ? and locale = ?""")
			.params(title, body, actor, text.pageId(), text.locale())
			.update();
		pages.revision(text.pageId(), text.locale(), title, body, note, actor);
	}

	private static Site withVersion(Site site, int version) {
		return new Site(site.id(), site.unit(), site.name(), site.slug(), site.host(), site.basePath(), site.locales(),
				site.blueprint(), version, site.channel(), site.publishedAt());
	}
}
