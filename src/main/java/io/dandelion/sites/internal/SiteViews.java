package io.dandelion.sites.internal;

import io.dandelion.organisation.UnitSummary;
import java.util.List;

/** The view models of the sites pages (public only so the templates can read them). */
public final class SiteViews {

	private SiteViews() {
	}

	/** A site in the list, with its unit's name and how far its blueprint version lags the newest published. */
	public record SiteRow(Site site, String unitName, String blueprintName, int latestVersion) {

		public int drift() {
			return Math.max(0, latestVersion - site.blueprintVersion());
		}
	}

	/** What the "new site" form offers. */
	public record NewSiteForm(List<UnitSummary> units, List<Blueprints.Summary> blueprints) {
	}

	/** The overview of one site. */
	public record SiteOverview(SiteRow row, List<PageText> pages, List<BlueprintDefinition.Region> regions,
			List<RegionOverrides.Override> overrides, List<CheckOutcome> checks, boolean reviewRequired,
			String publicPath) {
	}

	/** The editor of one page in one locale. */
	public record PageEditor(Site site, PageText page, String blueprintText, List<SitePages.Revision> history,
			boolean reviewRequired) {
	}
}
