package io.dandelion.sites.internal;

import io.dandelion.organisation.DemoOrganisationSeeded;
import io.dandelion.organisation.MemberDirectory;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.Units;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's website factory, seeded with the demo organisation (so it is on and off with the rest of
 * the demo, {@code dandelion.demo.enabled}): the "Acme brand" blueprint, published, and one published
 * site per country in the country's languages, at {@code /s/acme-{country}/}, with comments open.
 */
@Component
class DemoSites {

	private final Blueprints blueprints;
	private final Sites sites;
	private final Publishing publishing;
	private final Units units;
	private final MemberDirectory directory;

	DemoSites(Blueprints blueprints, Sites sites, Publishing publishing, Units units, MemberDirectory directory) {
		this.blueprints = blueprints;
		this.sites = sites;
		this.publishing = publishing;
		this.units = units;
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(DemoOrganisationSeeded demo) {
		var system = directory.system();
		if (blueprints.findByName(AcmeBlueprint.NAME).isPresent()) {
			return;
		}
		var blueprint = blueprints.create(system, AcmeBlueprint.NAME, AcmeBlueprint.v1());
		blueprints.publish(system, blueprint, 1);
		demo.units().values().stream()
			.flatMap(id -> units.find(id).stream())
			.filter(unit -> unit.kind() == UnitKind.COUNTRY)
			.sorted(java.util.Comparator.comparing(unit -> unit.code()))
			.forEach(unit -> {
				String slug = "acme-" + unit.code().toLowerCase(Locale.ROOT);
				var site = sites.create(system, unit.id(), blueprint,
						new SiteSettings("Acme " + unit.name(), slug, null, "/", locales(unit.languages())));
				publishing.publish(system, site.id());
			});
	}

	private static List<String> locales(List<String> languages) {
		return languages.isEmpty() ? List.of("en") : languages;
	}
}
