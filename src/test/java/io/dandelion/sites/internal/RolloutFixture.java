package io.dandelion.sites.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Version 2 of the Acme blueprint: what a hub typically changes, and what clashes with a site's own texts. */
final class RolloutFixture {

	private RolloutFixture() {
	}

	/**
	 * From v1: the announcement region and the contact page become locked, the footer and the
	 * accessibility statement get new hub texts, a local "careers" page is added, the primary colour
	 * changes and heading order starts to block publishing.
	 */
	static BlueprintDefinition v2() {
		var v1 = AcmeBlueprint.v1();
		var brand = new Brand(v1.brand().logoUrl(), "#0a4f96", v1.brand().textColour(), v1.brand().backgroundColour(),
				v1.brand().headingFont(), v1.brand().bodyFont());
		var regions = new ArrayList<BlueprintDefinition.Region>();
		for (var region : v1.regions()) {
			regions.add(switch (region.key()) {
				case "announcement" -> new BlueprintDefinition.Region("announcement", RegionMode.LOCKED, region.text());
				case "footer" -> new BlueprintDefinition.Region("footer", RegionMode.LOCKED,
						texts(region.text().get("en") + " · 2027", region.text().get("fr") + " · 2027"));
				default -> region;
			});
		}
		var pages = new ArrayList<BlueprintDefinition.PageTemplate>();
		for (var page : v1.pages()) {
			pages.add(switch (page.slug()) {
				case "contact" -> new BlueprintDefinition.PageTemplate("contact", RegionMode.LOCKED, true, page.titles(),
						page.bodies());
				case "accessibility" -> new BlueprintDefinition.PageTemplate("accessibility", RegionMode.OVERRIDABLE, true,
						page.titles(), texts("## Accessibility statement\n\nWe meet WCAG 2.2 AA.",
								"## Déclaration d'accessibilité\n\nNous respectons le RGAA 4.1."));
				default -> page;
			});
		}
		pages.add(new BlueprintDefinition.PageTemplate("careers", RegionMode.LOCAL, false, texts("Careers", "Carrières"),
				texts("## Work with us\n\nOpen positions.", "## Rejoignez-nous\n\nPostes ouverts.")));
		var blocking = EnumSet.copyOf(v1.blockingChecks());
		blocking.add(CheckName.HEADING_ORDER);
		return new BlueprintDefinition(brand, regions, pages, v1.components(), v1.reviewRequired(), blocking);
	}

	static Map<String, String> texts(String en, String fr) {
		var texts = new LinkedHashMap<String, String>();
		texts.put("en", en);
		texts.put("fr", fr);
		return texts;
	}

	static List<String> conflictsOf(RolloutPlan plan) {
		return plan.conflicts().stream().map(c -> c.where() + " [" + c.locale() + "]: " + c.problem()).toList();
	}
}
