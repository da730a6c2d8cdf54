package io.dandelion.moderation.internal;

import io.dandelion.organisation.AccessScope;
import io.dandelion.organisation.BusinessHours;
import io.dandelion.organisation.Permission;
import io.dandelion.organisation.UnitId;
import io.dandelion.organisation.UnitKind;
import io.dandelion.organisation.UnitSummary;
import io.dandelion.organisation.Units;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fixed unit tree in memory: acme → europe → belgium, france; acme → mea → egypt. Moderation asks
 * the tree only through {@link Units}, so its tests need no organisation rows.
 */
class TestUnits implements Units {

	static final UnitSummary ACME = unit("acme", UnitKind.GROUP, null, "Europe/Paris", null);
	static final UnitSummary EUROPE = unit("europe", UnitKind.REGION, ACME, "Europe/Paris", null, "en");
	static final UnitSummary BELGIUM = unit("be", UnitKind.COUNTRY, EUROPE, "Europe/Brussels", "BE", "fr", "nl");
	static final UnitSummary FRANCE = unit("fr", UnitKind.COUNTRY, EUROPE, "Europe/Paris", "FR", "fr");
	static final UnitSummary MEA = unit("mea", UnitKind.REGION, ACME, "Africa/Cairo", null);
	static final UnitSummary EGYPT = unit("eg", UnitKind.COUNTRY, MEA, "Africa/Cairo", "EG", "ar", "en");

	static final List<UnitSummary> ALL = List.of(ACME, EUROPE, BELGIUM, FRANCE, MEA, EGYPT);

	private static UnitSummary unit(String code, UnitKind kind, UnitSummary parent, String zone, String country,
			String... languages) {
		UnitId id = new UnitId(java.util.UUID.nameUUIDFromBytes(("moderation-test-" + code).getBytes()));
		return new UnitSummary(id, code, code.toUpperCase(), kind, parent == null ? null : parent.id(), zone,
				List.of(languages), country);
	}

	@Override
	public Optional<UnitSummary> find(UnitId id) {
		return ALL.stream().filter(u -> u.id().equals(id)).findFirst();
	}

	@Override
	public Optional<UnitSummary> findByCode(String code) {
		return ALL.stream().filter(u -> u.code().equals(code)).findFirst();
	}

	@Override
	public Optional<UnitSummary> root() {
		return Optional.of(ACME);
	}

	@Override
	public List<UnitSummary> visibleTo(AccessScope scope, Permission permission) {
		return ALL.stream().filter(u -> scope.can(permission, u.id())).toList();
	}

	@Override
	public List<UnitSummary> subtree(UnitId unit) {
		Set<UnitSummary> result = new LinkedHashSet<>();
		find(unit).ifPresent(result::add);
		for (UnitSummary candidate : ALL) {
			if (ancestors(candidate.id()).stream().anyMatch(a -> a.id().equals(unit))) {
				result.add(candidate);
			}
		}
		return List.copyOf(result);
	}

	@Override
	public Set<UnitId> subtreeIds(UnitId unit) {
		Set<UnitId> ids = new LinkedHashSet<>();
		subtree(unit).forEach(u -> ids.add(u.id()));
		return ids;
	}

	@Override
	public List<UnitSummary> ancestors(UnitId unit) {
		List<UnitSummary> result = new ArrayList<>();
		Optional<UnitSummary> current = find(unit);
		while (current.isPresent() && current.get().parent() != null) {
			current = find(current.get().parent());
			current.ifPresent(result::add);
		}
		return result;
	}

	@Override
	public List<UnitSummary> path(UnitId unit) {
		List<UnitSummary> path = new ArrayList<>(ancestors(unit));
		Collections.reverse(path);
		find(unit).ifPresent(path::add);
		return path;
	}

	@Override
	public List<UnitSummary> children(UnitId unit) {
		return ALL.stream().filter(u -> unit.equals(u.parent())).toList();
	}

	@Override
	public BusinessHours businessHours(UnitId unit) {
		return new BusinessHours(ZoneId.of(find(unit).orElseThrow().timeZone()), Map.of(), Set.of());
	}
}
