package io.dandelion.sites.internal;

import io.dandelion.organisation.UnitId;
import io.dandelion.sites.BlueprintId;
import java.util.List;
import java.util.UUID;

/** Makes blueprints and sites through the real services, with names unique per call. */
class SitesFixture {

	final Blueprints blueprints;
	final Sites sites;
	final SitePages pages;

	final UnitId fr = UnitId.random();
	final UnitId es = UnitId.random();
	final TestScope hub = TestScope.hub(fr, es);
	final TestScope frEditor = TestScope.editor("fr.editor", fr);
	final TestScope esEditor = TestScope.editor("es.editor", es);

	SitesFixture(Blueprints blueprints, Sites sites, SitePages pages) {
		this.blueprints = blueprints;
		this.sites = sites;
		this.pages = pages;
	}

	BlueprintId publishedBlueprint(BlueprintDefinition definition) {
		var id = blueprints.create(hub, "Acme " + UUID.randomUUID(), definition);
		blueprints.publish(hub, id, 1);
		return id;
	}

	Site site(TestScope scope, UnitId unit, BlueprintId blueprint, String... locales) {
		String slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
		return sites.create(scope, unit, blueprint, new SiteSettings("Acme " + slug, slug, null, "/", List.of(locales)));
	}
}
