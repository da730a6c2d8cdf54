package io.dandelion.sites.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.UnitId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Lets tests outside the module make a published site (and a rollout over it) through the real services. */
public final class SitesForOtherTests {

	private SitesForOtherTests() {
	}

	/** A published Acme blueprint (v1); returns its id. */
	public static String blueprint(ApplicationContext context, AccessScope hub) {
		var blueprints = context.getBean(Blueprints.class);
		var id = blueprints.create(hub, "Acme " + UUID.randomUUID(), AcmeBlueprint.v1());
		blueprints.publish(hub, id, 1);
		return id.toString();
	}

	/** A published French-language site of {@code unit}: its id, slug, an edited page's revision and a planned rollout. */
	public static Map<String, String> publishedSite(ApplicationContext context, AccessScope hub, UnitId unit,
			String blueprint) {
		var sites = context.getBean(Sites.class);
		var pages = context.getBean(SitePages.class);
		String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
		var site = sites.create(hub, unit, io.dandelion.sites.BlueprintId.of(blueprint),
				new SiteSettings("Acme " + slug, slug, null, "/", List.of("fr")));
		pages.save(hub, site, "home", "fr", "Accueil", "Bienvenue.");
		context.getBean(Publishing.class).publish(hub, site.id());
		long revision = pages.history(pages.require(site, "home", "fr")).get(0).id();
		Map<String, String> made = new LinkedHashMap<>();
		made.put("site", site.id().toString());
		made.put("slug", slug);
		made.put("revision", String.valueOf(revision));
		return made;
	}

	/** Publishes the blueprint's v2 and plans (does not run) its rollout over the sites made on v1. */
	public static String rollout(ApplicationContext context, AccessScope hub, String blueprint) {
		var blueprints = context.getBean(Blueprints.class);
		var id = io.dandelion.sites.BlueprintId.of(blueprint);
		blueprints.publish(hub, id, blueprints.saveDraft(hub, id, RolloutFixture.v2()));
		return context.getBean(Rollouts.class).plan(hub, io.dandelion.sites.BlueprintId.of(blueprint), 2, null).id().toString();
	}
}
