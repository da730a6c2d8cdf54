package io.dandelion.sites.internal;

import io.dandelion.audit.AuditEntry;
import io.dandelion.audit.AuditLog;
import io.dandelion.organisation.AccessScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages of sites: seeded from the blueprint, edited as drafts, reviewed where the blueprint asks
 * for it, and kept with every revision so any of them can be restored. Callers pass a site they got
 * from {@link Sites#require}, which is where the scope is checked.
 */
@Component
public class SitePages {

	static final int MAX_BODY = 200_000;

	private static final String COLUMNS = """
			select p.id, p.slug, p.template, t.locale, t.title, t.draft, t.state, t.submitted_by, t.published,
			       t.updated_by, t.updated_at
			from site_page p join site_page_text t on t.page_id = p.id""";

	/** One saved version of a page's text. */
	public record Revision(long id, String locale, String title, @Nullable String body, String note, String actor,
			Instant at) {
	}

	private final JdbcClient jdbc;
	private final Blueprints blueprints;
	private final AuditLog audit;

	SitePages(JdbcClient jdbc, Blueprints blueprints, AuditLog audit) {
		this.jdbc = jdbc;
		this.blueprints = blueprints;
		this.audit = audit;
	}

	/** Every page of the site in every locale, in skeleton order. */
	List<PageText> list(Site site) {
		var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
		return jdbc.sql(COLUMNS + " where p.site_id = ? order by p.position, p.slug, t.locale")
			.param(site.id().value())
			.query((rs, n) -> text(rs, definition))
			.list();
	}

	PageText require(Site site, String slug, String locale) {
		return list(site).stream()
			.filter(t -> t.slug().equals(slug) && t.locale().equals(locale))
			.findFirst()
			.orElseThrow(() -> new SitesException.NotFound("site " + site.slug() + " has no page " + slug + " in " + locale));
	}

	/** Creates (or completes) the blueprint's pages in the given locales, so a site never starts blank. */
	void seed(Site site, BlueprintDefinition definition, List<String> locales, String actor) {
		int position = 0;
		for (var template : definition.pages()) {
			UUID page = pageId(site, template.slug(), template.slug(), position++);
			for (String locale : locales) {
				var chain = site.fallbackChain(locale);
				String title = Objects.requireNonNullElse(BlueprintDefinition.text(template.titles(), chain), template.slug());
				String body = template.mode() == RegionMode.LOCAL
						? Objects.requireNonNullElse(BlueprintDefinition.text(template.bodies(), chain), "") : null;
				// the blueprint's text is the hub's, so it counts as approved
				int inserted = jdbc.sql("""
						insert into site_page_text (page_id, locale, title, draft, state, updated_by)
						values (?, ?, ?, ?, 'APPROVED', ?) on conflict do nothing""")
					.params(page, locale, title, body, actor)
					.update();
				if (inserted > 0) {
					revision(page, locale, title, body, "made from blueprint", actor);
				}
			}
		}
	}

	/** The id of the site's page with this slug, made if missing. */
	UUID pageId(Site site, String slug, @Nullable String template, int position) {
		return jdbc.sql("""
				insert into site_page (id, site_id, slug, template, position) values (?, ?, ?, ?, ?)
				on conflict (site_id, slug) do update set template = coalesce(site_page.template, excluded.template)
				returning id""")
			.params(UUID.randomUUID(), site.id().value(), slug, template, position)
			.query(UUID.class)
			.single();
	}

	/** Saves a draft. Locked pages are the hub's; an overridable page becomes the unit's own text. */
	@Transactional
	void save(AccessScope scope, Site site, String slug, String locale, String title, String body) {
		var page = require(site, slug, locale);
		if (!page.editable()) {
			throw new SitesException.Forbidden("page " + slug + " is locked by the blueprint: only the hub changes it");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new SitesException.Invalid("a page needs a title of 1 to 200 characters");
		}
		if (body == null || body.length() > MAX_BODY) {
			throw new SitesException.Invalid("a page body may hold up to " + MAX_BODY + " characters");
		}
		write(scope.actor(), page, title.strip(), body, "edited");
	}

	/** Drops the unit's override of an overridable page, so it follows the blueprint again. */
	@Transactional
	void revertToBlueprint(AccessScope scope, Site site, String slug, String locale) {
		var page = require(site, slug, locale);
		if (page.mode() != RegionMode.OVERRIDABLE) {
			throw new SitesException.Invalid("only overridable pages can go back to the blueprint's text");
		}
		write(scope.actor(), page, page.title(), null, "back to the blueprint's text");
	}

	/** Puts back the text of an earlier revision as the draft. */
	@Transactional
	void restore(AccessScope scope, Site site, String slug, String locale, long revisionId) {
		var page = require(site, slug, locale);
		var revision = history(page).stream()
			.filter(r -> r.id() == revisionId)
			.findFirst()
			.orElseThrow(() -> new SitesException.NotFound("no revision " + revisionId + " of this page"));
		if (!page.editable()) {
			throw new SitesException.Forbidden("page " + slug + " is locked by the blueprint: only the hub changes it");
		}
		if (revision.body() == null && page.mode() == RegionMode.LOCAL) {
			throw new SitesException.Invalid("that revision has no text of its own to restore");
		}
		write(scope.actor(), page, revision.title(), revision.body(), "restored revision " + revisionId);
	}

	@Transactional
	void submitForReview(AccessScope scope, Site site, String slug, String locale) {
		var page = require(site, slug, locale);
		if (page.state() != PageText.State.EDITING) {
			throw new SitesException.Conflict("page " + slug + " is " + page.state() + ", not being edited");
		}
		setState(page, PageText.State.IN_REVIEW, scope.actor());
		audit(scope, site, page, "sites.page.submitted");
	}

	/** Approves a draft for publishing; the one who submitted it cannot approve it. */
	@Transactional
	void approve(AccessScope scope, Site site, String slug, String locale) {
		var page = require(site, slug, locale);
		if (page.state() != PageText.State.IN_REVIEW) {
			throw new SitesException.Conflict("page " + slug + " is not waiting for review");
		}
		if (scope.actor().equals(page.submittedBy())) {
			throw new SitesException.Forbidden("a draft is approved by someone other than the person who submitted it");
		}
		setState(page, PageText.State.APPROVED, page.submittedBy());
		audit(scope, site, page, "sites.page.approved");
	}

	List<Revision> history(PageText page) {
		return jdbc.sql("""
				select id, locale, title, body, note, actor, created_at from site_page_revision
				where page_id = ? and locale = ? order by id desc limit 100""")
			.params(page.pageId(), page.locale())
			.query((rs, n) -> new Revision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Adds a page of the unit's own in every locale of the site. */
	@Transactional
	void addPage(AccessScope scope, Site site, String slug, String title) {
		if (slug == null || slug.length() > 60 || !BlueprintDefinition.KEY.matcher(slug).matches()) {
			throw new SitesException.Invalid("a page slug is 1 to 60 lower-case letters, digits and hyphens");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new SitesException.Invalid("a page needs a title of 1 to 200 characters");
		}
		if (list(site).stream().anyMatch(t -> t.slug().equals(slug))) {
			throw new SitesException.Conflict("the site has a page " + slug + " already");
		}
		UUID page = pageId(site, slug, null, 1000);
		for (String locale : site.locales()) {
			jdbc.sql("insert into site_page_text (page_id, locale, title, draft, updated_by) values (?, ?, ?, '', ?)")
				.params(page, locale, title.strip(), scope.actor())
				.update();
			revision(page, locale, title.strip(), "", "page added", scope.actor());
		}
		audit.record(new AuditEntry(scope.actor(), "sites.page.added", site.unit(), "site", site.id().toString(), null,
				Map.of("page", slug)));
	}

	/** Records what went live: the Markdown each page was published with. */
	void markPublished(Map<UUID, Map<String, String>> publishedByPageAndLocale) {
		publishedByPageAndLocale.forEach((page, byLocale) -> byLocale.forEach((locale, markdown) -> jdbc
			.sql("update site_page_text set published = ? where page_id = ? and locale = ?")
			.params(markdown, page, locale)
			.update()));
	}

	private void write(String actor, PageText page, String title, @Nullable String body, String note) {
		jdbc.sql("""
				update site_page_text set title = ?, draft = ?, state = 'EDITING', submitted_by = null, updated_by = ?,
				       updated_at = now() where page_id = ? and locale = ?""")
			.params(title, body, actor, page.pageId(), page.locale())
			.update();
		revision(page.pageId(), page.locale(), title, body, note, actor);
	}

	void revision(UUID page, String locale, String title, @Nullable String body, String note, String actor) {
		jdbc.sql("insert into site_page_revision (page_id, locale, title, body, note, actor) values (?, ?, ?, ?, ?, ?)")
			.params(page, locale, title, body, note, actor)
			.update();
	}

	private void setState(PageText page, PageText.State state, @Nullable String submittedBy) {
		jdbc.sql("update site_page_text set state = ?, submitted_by = ? where page_id = ? and locale = ?")
			.params(state.name(), submittedBy, page.pageId(), page.locale())
			.update();
	}

	private void audit(AccessScope scope, Site site, PageText page, String action) {
		audit.record(new AuditEntry(scope.actor(), action, site.unit(), "site", site.id().toString(), null,
				Map.of("page", page.slug(), "locale", page.locale())));
	}

	private static PageText text(ResultSet rs, BlueprintDefinition definition) throws SQLException {
		String template = rs.getString(3);
		RegionMode mode = template == null ? RegionMode.LOCAL
				: definition.page(template).map(BlueprintDefinition.PageTemplate::mode).orElse(RegionMode.LOCAL);
		return new PageText(rs.getObject(1, UUID.class), rs.getString(2), template, mode, rs.getString(4),
				rs.getString(5), rs.getString(6), PageText.State.valueOf(rs.getString(7)), rs.getString(8),
				rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant());
	}
}
