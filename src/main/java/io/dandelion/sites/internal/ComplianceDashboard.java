package io.dandelion.sites.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import io.dandelion.sites.SiteId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every site the caller may see × every check: the latest outcome, the blueprint version and how far the
 * site drifted from it (versions behind the newest, texts of its own replacing the hub's, pages of its own).
 */
@Component
public class ComplianceDashboard {

	/** One site's line. {@code checks} has no entry for a check never run on it. */
	public record Row(Site site, String unitName, String blueprintName, int latestVersion, int ownTexts, int ownPages,
			Map<CheckName, CheckOutcome> checks, Set<CheckName> blocking, @Nullable Instant checkedAt) {

		public int versionsBehind() {
			return Math.max(0, latestVersion - site.blueprintVersion());
		}

		public @Nullable CheckOutcome outcome(CheckName check) {
			return checks.get(check);
		}

		/** Findings the site's editors can fix (the others are the hub's). */
		public long editorFindings(CheckName check) {
			var outcome = checks.get(check);
			return outcome == null ? 0 : outcome.findings().stream().filter(f -> !f.hubOwned()).count();
		}
	}

	private final Sites sites;
	private final Blueprints blueprints;
	private final SitePages pages;
	private final RegionOverrides overrides;
	private final CheckResults results;
	private final Units units;

	ComplianceDashboard(Sites sites, Blueprints blueprints, SitePages pages, RegionOverrides overrides,
			CheckResults results, Units units) {
		this.sites = sites;
		this.blueprints = blueprints;
		this.pages = pages;
		this.overrides = overrides;
		this.results = results;
		this.units = units;
	}

	List<Row> rows(AccessScope scope) {
		var visible = sites.visible(scope);
		Map<SiteId, List<CheckResults.Stored>> stored = results.forSites(visible.stream().map(Site::id).toList())
			.stream()
			.collect(Collectors.groupingBy(CheckResults.Stored::site));
		var summaries = blueprints.all();
		return visible.stream().map(site -> {
			var summary = summaries.stream().filter(b -> b.id().equals(site.blueprint())).findFirst();
			var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
			var texts = pages.list(site);
			int ownTexts = overrides.list(site).size() + (int) texts.stream().filter(PageText::overridden).count();
			int ownPages = (int) texts.stream().filter(t -> t.template() == null).map(PageText::slug).distinct().count();
			var checks = new EnumMap<CheckName, CheckOutcome>(CheckName.class);
			var mine = stored.getOrDefault(site.id(), List.of());
			mine.forEach(s -> checks.put(s.outcome().check(), s.outcome()));
			var checkedAt = mine.stream().map(CheckResults.Stored::checkedAt).max(Comparator.naturalOrder()).orElse(null);
			return new Row(site, units.find(site.unit()).map(UnitSummary::name).orElse("?"),
					summary.map(Blueprints.Summary::name).orElse("?"),
					summary.map(Blueprints.Summary::latestPublished).orElse(site.blueprintVersion()), ownTexts, ownPages,
					checks, definition.blockingChecks(), checkedAt);
		}).toList();
	}

	/** The rows as CSV (RFC 4180), cells that a spreadsheet would run as a formula defused. */
	static String csv(List<Row> rows) {
		var out = new StringBuilder("site,slug,unit,blueprint,version,newest_version,versions_behind,own_texts,own_pages,checked_at");
		for (var check : CheckName.values()) {
			out.append(',').append(check.name().toLowerCase());
		}
		out.append("\r\n");
		for (var row : rows) {
			var cells = new java.util.ArrayList<String>(List.of(row.site().name(), row.site().slug(), row.unitName(),
					row.blueprintName(), String.valueOf(row.site().blueprintVersion()), String.valueOf(row.latestVersion()),
					String.valueOf(row.versionsBehind()), String.valueOf(row.ownTexts()), String.valueOf(row.ownPages()),
					row.checkedAt() == null ? "" : row.checkedAt().toString()));
			for (var check : CheckName.values()) {
				var outcome = row.outcome(check);
				cells.add(outcome == null ? "not checked" : outcome.status().name().toLowerCase());
			}
			out.append(cells.stream().map(ComplianceDashboard::cell).collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString();
	}

	private static String cell(String value) {
		String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return text.matches(".*[,\"\r\n'].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
