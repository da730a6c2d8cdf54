package io.dandelion.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The unit tree from the cached snapshot; business hours from the database. */
@Component
class JdbcUnits implements Units {

	private final UnitTreeCache cache;
	private final JdbcClient jdbc;

	JdbcUnits(UnitTreeCache cache, JdbcClient jdbc) {
		this.cache = cache;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UnitSummary> find(UnitId id) {
		return cache.tree().find(id);
	}

	@Override
	public Optional<UnitSummary> findByCode(String code) {
		return cache.tree().findByCode(code);
	}

	@Override
	public Optional<UnitSummary> root() {
		return cache.tree().root();
	}

	@Override
	public List<UnitSummary> visibleTo(AccessScope scope, Permission permission) {
		return cache.tree().select(scope.units(permission));
	}

	@Override
	public List<UnitSummary> subtree(UnitId unit) {
		UnitTree tree = cache.tree();
		return tree.select(tree.subtree(unit));
	}

	@Override
	public Set<UnitId> subtreeIds(UnitId unit) {
		return Set.copyOf(cache.tree().subtree(unit));
	}

	@Override
	public List<UnitSummary> ancestors(UnitId unit) {
		return cache.tree().ancestors(unit);
	}

	@Override
	public List<UnitSummary> path(UnitId unit) {
		UnitTree tree = cache.tree();
		List<UnitSummary> path = new ArrayList<>(tree.ancestors(unit));
		java.util.Collections.reverse(path);
		tree.find(unit).ifPresent(path::add);
		return List.copyOf(path);
	}

	@Override
	public List<UnitSummary> children(UnitId unit) {
		return cache.tree().children(unit);
	}

	@Override
	public BusinessHours businessHours(UnitId unit) {
		UnitSummary summary = find(unit).orElseThrow(() -> new IllegalArgumentException("no such unit: " + unit));
		Map<DayOfWeek, List<BusinessHours.Opening>> week = new EnumMap<>(DayOfWeek.class);
		jdbc.sql("select day_of_week, opens, closes from unit_business_hours where unit_id = ? order by day_of_week, opens")
			.param(unit.value())
			.query((rs, n) -> {
				week.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
					.add(new BusinessHours.Opening(rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class)));
				return null;
			})
			.list();
		Set<LocalDate> holidays = new HashSet<>(jdbc.sql("select day from unit_holidays where unit_id = ?")
			.param(unit.value())
			.query(LocalDate.class)
			.list());
		return new BusinessHours(ZoneId.of(summary.timeZone()), week, holidays);
	}
}
