package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Resolves what a site shows: blueprint texts, the unit's overrides, drafts or approved texts. */
@Component
class SiteContents {

	private final Blueprints blueprints;
	private final SitePages pages;
	private final RegionOverrides overrides;

	SiteContents(Blueprints blueprints, SitePages pages, RegionOverrides overrides) {
		this.blueprints = blueprints;
		this.pages = pages;
		this.overrides = overrides;
	}

	SiteContent assemble(Site site, SiteContent.Purpose purpose) {
		var definition = blueprints.require(site.blueprint(), site.blueprintVersion()).definition();
		var resolved = new ArrayList<SiteContent.Page>();
		for (var text : pages.list(site)) {
			if (!site.locales().contains(text.locale())) {
				continue;
			}
			var template = text.template() == null ? null : definition.page(text.template()).orElse(null);
			String blueprintText = template == null ? null
					: BlueprintDefinition.text(template.bodies(), site.fallbackChain(text.locale()));
			String markdown = switch (text.mode()) {
				case LOCKED -> blueprintText;
				case OVERRIDABLE -> Objects.requireNonNullElse(candidate(text, definition, purpose), blueprintText);
				case LOCAL -> candidate(text, definition, purpose);
			};
			resolved.add(new SiteContent.Page(text.pageId(), text.slug(), text.locale(), text.title(),
					Objects.requireNonNullElse(markdown, ""), text.mode() != RegionMode.LOCKED));
		}
		var regions = new ArrayList<SiteContent.Fragment>();
		Map<String, Map<String, String>> own = overrides.byRegion(site);
		for (var region : definition.regions()) {
			for (String locale : site.locales()) {
				String ownText = region.mode() == RegionMode.LOCKED ? null
						: own.getOrDefault(region.key(), Map.of()).get(locale);
				String text = ownText != null ? ownText
						: BlueprintDefinition.text(region.text(), site.fallbackChain(locale));
				regions.add(new SiteContent.Fragment(region.key(), locale, Objects.requireNonNullElse(text, ""),
						region.bottom(), region.mode() != RegionMode.LOCKED));
			}
		}
		return new SiteContent(site, definition, resolved, regions);
	}

	/** The unit's text that may be shown: the draft, or, where review is required, only an approved one. */
	private static @Nullable String candidate(PageText text, BlueprintDefinition definition,
			SiteContent.Purpose purpose) {
		if (purpose == SiteContent.Purpose.PREVIEW || !definition.reviewRequired()
				|| text.state() == PageText.State.APPROVED) {
			return text.draft();
		}
		return text.published();
	}
}
