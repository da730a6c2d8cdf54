package io.dandelion.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A small tree: acme → europe → fr, es, be; acme → mea → eg; fr → fr-b2b. */
final class OrganisationFixture {

	final UnitSummary acme = unit("acme", UnitKind.GROUP, null);
	final UnitSummary europe = unit("europe", UnitKind.REGION, acme);
	final UnitSummary mea = unit("mea", UnitKind.REGION, acme);
	final UnitSummary fr = unit("fr", UnitKind.COUNTRY, europe, "fr");
	final UnitSummary frB2b = unit("fr-b2b", UnitKind.BUSINESS_UNIT, fr, "fr");
	final UnitSummary es = unit("es", UnitKind.COUNTRY, europe, "es");
	final UnitSummary be = unit("be", UnitKind.COUNTRY, europe, "fr", "nl");
	final UnitSummary eg = unit("eg", UnitKind.COUNTRY, mea, "ar", "en");
	final UnitTree tree = new UnitTree(List.of(eg, be, es, frB2b, fr, mea, europe, acme));

	private static UnitSummary unit(String code, UnitKind kind, @Nullable UnitSummary parent, String... languages) {
		return new UnitSummary(UnitId.random(), code, code.toUpperCase(), kind, parent == null ? null : parent.id(),
				"Europe/Paris", new ArrayList<>(List.of(languages)), null);
	}

	static Set<UnitId> ids(UnitSummary... units) {
		Set<UnitId> ids = new java.util.HashSet<>();
		for (UnitSummary unit : units) {
			ids.add(unit.id());
		}
		return ids;
	}
}
